package org.miatext.refs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageRangeTest {

    @ParameterizedTest(name = "{0} is {1}-{2}")
    @CsvSource({"213-4, 213, 214", "249-50, 249, 250", "1123-31, 1123, 1131", "44-46, 44, 46", "300\u20131, 300, 301",
            "89-99, 89, 99", "342, 342, 342", "xiv, 14, 14", "158-59, 158, 159", "98-102, 98, 102"})
    void abbreviatedEndsAreExpanded(String printed, int first, int last) {
        PageRange r = PageRange.parse(printed);
        assertThat(r).isNotNull();
        assertThat(r.first()).isEqualTo(first);
        assertThat(r.last()).isEqualTo(last);
        assertThat(r.printed()).isEqualTo(printed);
    }

    @ParameterizedTest
    @CsvSource({"abc", "12-", "''", "30-2x"})
    void nonPagesAreRefused(String printed) {
        assertThat(PageRange.parse(printed)).isNull();
    }
}
