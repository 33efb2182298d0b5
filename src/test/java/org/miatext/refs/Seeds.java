package org.miatext.refs;

import java.nio.file.Path;
import org.miatext.MiaText;
import org.miatext.ast.Document;

/** The bundled seed chapter. */
public final class Seeds {

    private Seeds() {
    }

    /** Path of the seed chapter, from the project's base folder. */
    public static Path path() {
        return Path.of(System.getProperty("miatext.basedir", ".")).resolve("seeds/000_69c2650609e06f78.txt");
    }

    /** The seed's text. */
    public static String text() {
        return MiaText.readUtf8(path());
    }

    /** The parsed seed. */
    public static Document document() {
        return MiaText.parse(path());
    }
}
