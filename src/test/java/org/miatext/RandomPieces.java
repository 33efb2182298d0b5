package org.miatext;

import java.util.Random;

/** Random test strings: a random number of pieces, each drawn from a list. */
public final class RandomPieces {

    private RandomPieces() {
    }

    /** Up to {@code most - 1} pieces drawn at random from {@code pieces}, joined. */
    public static String of(Random random, String[] pieces, int most) {
        StringBuilder sb = new StringBuilder();
        int count = random.nextInt(most);
        for (int i = 0; i < count; i++) {
            sb.append(pieces[random.nextInt(pieces.length)]);
        }
        return sb.toString();
    }
}
