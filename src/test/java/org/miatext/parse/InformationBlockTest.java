package org.miatext.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Source and credit blocks ("Source: ...", "Transcribed by ...") are told by their opening word
 * and a word boundary. This used to be a regular expression; the plain code that replaced it
 * must answer as the expression did.
 */
class InformationBlockTest {

    private static final Pattern EXPRESSION = Pattern.compile(
            "^(Source|First [Pp]ublished|Published|Written|Translated|Translation|Transcribed|Transcription"
            + "|Transcription/Markup|HTML|Html|Markup|Marked up|Proofread|Proofreading|Copyleft|Public Domain"
            + "|Originally|From |Delivered|Online [Vv]ersion|Reproduced|Scanned|Edited|Prepared|Credit)\\b.*",
            Pattern.DOTALL);

    @Test
    void examples() {
        assertThat(TreeBuilder.isInformation("Source: Lenin, Collected Works")).isTrue();
        assertThat(TreeBuilder.isInformation("First Published: 1924")).isTrue();
        assertThat(TreeBuilder.isInformation("From Pravda, 12 May")).isTrue();
        assertThat(TreeBuilder.isInformation("Sources of the split")).isFalse();   // no boundary after "Source"
        assertThat(TreeBuilder.isInformation("From 1917 on")).isTrue();
        assertThat(TreeBuilder.isInformation("From  two spaces")).isFalse();       // "From " then no word char
        assertThat(TreeBuilder.isInformation("Writtenness")).isFalse();
    }

    @Test
    void answersAsTheRegularExpressionDid() {
        String[] openings = {"Source", "Sources", "First published", "First Published", "First publish", "From ",
            "From", "HTML", "Html", "Transcription/Markup", "Transcription", "Online version", "Online Version",
            "Credit", "Credits", "Edited", "Marked up", "Public Domain", "Written"};
        String[] after = {"", ":", " ", "s", "_", "1", "é", "\u0301", "\uD835\uDC00", "/", "\n", ".", "-", "’"};
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            String text = openings[random.nextInt(openings.length)] + after[random.nextInt(after.length)]
                    + after[random.nextInt(after.length)];
            assertThat(TreeBuilder.isInformation(text)).as(text).isEqualTo(EXPRESSION.matcher(text).matches());
        }
    }
}
