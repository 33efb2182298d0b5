package examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.miatext.MiaText;

/** Runs the example that prints each block quote with its source, so that it cannot rot. */
class QuoteSourcesTest {

    @Test
    void printsEachQuoteWithTheReferenceItsMarkerPointsTo() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        QuoteSources.print(MiaText.parse(Path.of("seeds/000_69c2650609e06f78.txt")),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("L27   \"... the position of the party")
                .contains("[3] Ibid., p.212.")
                .contains("[43] K. Marx and F. Engels, Manifesto of the Communist Party");
    }
}
