package org.miatext.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The start-up yardstick: a trivial commonmark-java program that parses one chapter (as Markdown)
 * and prints how many footnote definitions it has. {@code src/bench/startup.sh} times it against
 * {@code miatext check} on the same chapter.
 */
public final class CommonmarkCount {

    private CommonmarkCount() {
    }

    public static void main(String[] args) throws IOException {
        Parser parser = Parser.builder()
                .extensions(List.of(FootnotesExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .build();
        Node document = parser.parse(Files.readString(Path.of(args[0])));
        int[] count = {0};
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof FootnoteDefinition) {
                    count[0]++;
                }
                visitChildren(block);
            }
        });
        System.out.println(count[0] + " footnotes");
    }
}
