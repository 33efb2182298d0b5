package org.miatext.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkedListTest {

    private static final int CHUNK = ChunkedList.CHUNK;

    private static ChunkedList<Integer> numbers(int count) {
        ChunkedList<Integer> list = new ChunkedList<>();
        for (int i = 0; i < count; i++) {
            list.add(i);
        }
        return list;
    }

    @Test
    void holdsWhatWasAddedInOrderAcrossChunks() {
        for (int count : new int[] {0, 1, 8, 9, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 17}) {
            ChunkedList<Integer> list = numbers(count);
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                expected.add(i);
            }
            assertThat(list).as("%d elements", count).hasSize(count).isEqualTo(expected);
            assertThat(list.hashCode()).isEqualTo(expected.hashCode());
        }
    }

    @Test
    void aPresizedListGrowsPastItsFirstChunk() {
        ChunkedList<Integer> list = new ChunkedList<>(3);
        for (int i = 0; i < CHUNK + 5; i++) {
            list.add(i);
        }
        assertThat(list.get(2)).isEqualTo(2);
        assertThat(list.get(CHUNK + 4)).isEqualTo(CHUNK + 4);
        assertThat(new ChunkedList<Integer>(10 * CHUNK)).isEmpty();
    }

    @Test
    void noArrayIsLongerThanAChunk() throws ReflectiveOperationException {
        ChunkedList<Integer> list = numbers(1_000_000);
        Field field = ChunkedList.class.getDeclaredField("chunks");
        field.setAccessible(true);
        Object[][] chunks = (Object[][]) field.get(list);
        assertThat(chunks.length).isLessThanOrEqualTo(CHUNK);
        assertThat(Arrays.stream(chunks).filter(c -> c != null).mapToInt(c -> c.length).max().orElse(0))
                .isEqualTo(CHUNK);
        assertThat(list.get(999_999)).isEqualTo(999_999);
    }

    @Test
    void outOfRangeIsAnError() {
        ChunkedList<Integer> list = numbers(CHUNK + 1);
        assertThatThrownBy(() -> list.get(CHUNK + 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> list.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void setAndClearWhileGrowing() {
        ChunkedList<Integer> list = numbers(CHUNK + 2);
        assertThat(list.set(CHUNK + 1, -1)).isEqualTo(CHUNK + 1);
        assertThat(list.get(CHUNK + 1)).isEqualTo(-1);
        list.replaceAll(i -> i + 1);
        assertThat(list.get(0)).isEqualTo(1);
        list.clear();
        assertThat(list).isEmpty();
        list.add(5);
        assertThat(list).containsExactly(5);
    }

    @Test
    void aFrozenListCannotChange() {
        ChunkedList<Integer> list = numbers(CHUNK + 2).freeze();
        assertThatThrownBy(() -> list.add(1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.set(0, 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(list::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.subList(0, 2).set(0, 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(list).hasSize(CHUNK + 2);
    }

    @Test
    void copyOfIsUnmodifiableAndKeepsAFrozenLongList() {
        ChunkedList<Integer> frozen = numbers(CHUNK + 1).freeze();
        assertThat(ChunkedList.copyOf(frozen)).isSameAs(frozen);

        List<Integer> fromArrayList = ChunkedList.copyOf(new ArrayList<>(frozen));
        assertThat(fromArrayList).isInstanceOf(ChunkedList.class).isEqualTo(frozen);
        assertThatThrownBy(() -> fromArrayList.add(1)).isInstanceOf(UnsupportedOperationException.class);

        ChunkedList<Integer> growing = numbers(CHUNK + 1);
        List<Integer> copy = ChunkedList.copyOf(growing);
        growing.add(7);
        assertThat(copy).as("a copy, not a view").hasSize(CHUNK + 1);

        List<Integer> small = ChunkedList.copyOf(numbers(3).freeze());
        assertThat(small).containsExactly(0, 1, 2).isNotInstanceOf(ChunkedList.class);
        assertThatThrownBy(() -> small.add(1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void copyOfRejectsNullsLikeListCopyOf() {
        List<Integer> withNull = new ArrayList<>(numbers(CHUNK + 1));
        withNull.set(CHUNK, null);
        assertThatThrownBy(() -> ChunkedList.copyOf(withNull)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ChunkedList.copyOf(Arrays.asList(1, null))).isInstanceOf(NullPointerException.class);
    }
}
