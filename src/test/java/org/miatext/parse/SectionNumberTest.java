package org.miatext.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.miatext.RandomPieces;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A line holding only a section number ("IV.", "12") is a heading. This used to be a regular
 * expression; the plain code that replaced it must answer as the expression did.
 */
class SectionNumberTest {

    private static final Pattern EXPRESSION = Pattern.compile("([IVXLC]{1,6}|\\d{1,2})\\.?");

    @Test
    void examples() {
        assertThat(BlockRoles.isSectionNumber("IV.")).isTrue();
        assertThat(BlockRoles.isSectionNumber("XLVIII")).isTrue();
        assertThat(BlockRoles.isSectionNumber("12")).isTrue();
        assertThat(BlockRoles.isSectionNumber("123")).isFalse();
        assertThat(BlockRoles.isSectionNumber("IV..")).isFalse();
        assertThat(BlockRoles.isSectionNumber("I2")).isFalse();
        assertThat(BlockRoles.isSectionNumber(".")).isFalse();
        assertThat(BlockRoles.isSectionNumber("")).isFalse();
        assertThat(BlockRoles.isSectionNumber("١٢")).isFalse();   // Arabic-Indic digits: \d is ASCII only
    }

    @Test
    void answersAsTheRegularExpressionDid() {
        String[] pieces = "IVXLCM0129.a ١".split("");
        Random random = new Random(5);
        for (int n = 0; n < 50_000; n++) {
            String text = RandomPieces.of(random, pieces, 9);
            assertThat(BlockRoles.isSectionNumber(text)).as(text).isEqualTo(EXPRESSION.matcher(text).matches());
        }
    }
}
