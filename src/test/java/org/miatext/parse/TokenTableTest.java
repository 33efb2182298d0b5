package org.miatext.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenTableTest {

    @Test
    void givesBackEveryTokenAcrossManyChunks() {
        TokenTable table = new TokenTable();
        int count = 100_003;   // chunks of 1,024 tokens, and a directory grown several times
        for (int i = 0; i < count; i++) {
            table.add(i % 17, 3 * i, 3 * i + 2);
        }
        assertThat(table.count()).isEqualTo(count);
        for (int i = 0; i < count; i++) {
            assertThat(table.type(i)).isEqualTo(i % 17);
            assertThat(table.start(i)).isEqualTo(3 * i);
            assertThat(table.end(i)).isEqualTo(3 * i + 2);
        }
    }

    @Test
    void anEmptyTableHasNoTokens() {
        assertThat(new TokenTable().count()).isZero();
    }
}
