package examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.miatext.MiaText;
import org.miatext.ast.Block;
import org.miatext.ast.BlockQuote;
import org.miatext.ast.Citation;
import org.miatext.ast.Document;
import org.miatext.ast.Entry;

/**
 * Prints every block quote of a chapter with the source its closing citation points to: the
 * kind of list a historian makes when checking a chapter's quotations.
 *
 * <pre>
 * L27   "... the position of the party and of the party press in the first…"
 *       [3] Ibid., pp.213-4.
 * </pre>
 *
 * Run it with {@code java -cp target/miatext-cli.jar:target/test-classes examples.QuoteSources seeds/*.txt}.
 */
public final class QuoteSources {

    private QuoteSources() {
    }

    public static void main(String[] args) {
        for (String arg : args) {
            print(MiaText.parse(Path.of(arg)), System.out);
        }
    }

    /** Prints the quotes of one chapter. */
    public static void print(Document chapter, PrintStream out) {
        List<Block> body = chapter.body();
        for (Block block : body) {
            if (!(block instanceof BlockQuote quote)) {
                continue;
            }
            String text = quote.text().replaceAll("\\s+", " ").strip();
            out.printf("L%-4d \"%s\"%n", quote.span().line(), text.length() > 70 ? text.substring(0, 70) + "…" : text);
            List<Citation> citations = quote.citations();
            if (citations.isEmpty()) {
                out.println("      (no marker: the quotation runs on into the next block)");
                continue;
            }
            Citation closing = citations.get(citations.size() - 1);
            String source = chapter.entryFor(closing).map(Entry::body).map(String::strip)
                    .orElse("(no entry " + closing.label() + " in the notes)");
            out.printf("      %s %s%n", closing.text(), source);
        }
    }
}
