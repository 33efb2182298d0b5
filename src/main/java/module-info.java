/**
 * miatext: chapters in the style of the Marxists Internet Archive as a typed, lossless tree.
 *
 * <p>Start at {@link org.miatext.MiaText}. The tree is in {@code org.miatext.ast}, problems in
 * {@code org.miatext.diagnostic}, the note-numbering checker in {@code org.miatext.check} (AssertJ
 * assertions for it in {@code org.miatext.assertj}), output formats in {@code org.miatext.render}.
 */
module org.miatext {
    requires org.antlr.antlr4.runtime;
    requires static info.picocli;
    requires static org.assertj.core;

    exports org.miatext;
    exports org.miatext.ast;
    exports org.miatext.check;
    exports org.miatext.assertj;
    exports org.miatext.diagnostic;
    exports org.miatext.render;

    opens org.miatext.cli to info.picocli;
}
