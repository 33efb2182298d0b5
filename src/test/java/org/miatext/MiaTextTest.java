package org.miatext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.miatext.ast.Document;

class MiaTextTest {

    @TempDir
    Path dir;

    @Test
    void parsesAFileAndNamesItInDiagnostics() throws IOException {
        Path file = dir.resolve("chapter.txt");
        Files.writeString(file, "Text cites [1].\n\nNotes\n\n1. Ibid.");
        Document document = MiaText.parse(file);
        assertThat(document.sourceName()).isEqualTo(file.toString());
        assertThat(document.references()).hasSize(1);
    }

    @Test
    void parsesFromAReader() {
        assertThat(MiaText.parse(new StringReader("Text cites [1].")).citations()).hasSize(1);
    }

    @Test
    void invalidUtf8NamesTheFileAndTheByteOffset() throws IOException {
        Path file = dir.resolve("latin1.txt");
        byte[] bytes = "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, bytes);
        assertThatThrownBy(() -> MiaText.parse(file))
                .isInstanceOf(MiaTextException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not valid UTF-8")
                .hasMessageContaining("byte offset 3");
    }

    @Test
    void utf16IsRefusedWithAClearMessage() throws IOException {
        Path file = dir.resolve("utf16.txt");
        Files.write(file, "\uFEFFText".getBytes(StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> MiaText.parse(file)).isInstanceOf(MiaTextException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("UTF-16");
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = dir.resolve("missing.txt");
        assertThatThrownBy(() -> MiaText.parse(file)).isInstanceOf(MiaTextException.class)
                .hasMessage(file + ": no such file");
    }

    @Test
    void aUtf8ByteOrderMarkIsKept() throws IOException {
        Path file = dir.resolve("bom.txt");
        Files.write(file, "\uFEFFTony Cliff\n".getBytes(StandardCharsets.UTF_8));
        Document document = MiaText.parse(file);
        assertThat(document.hasByteOrderMark()).isTrue();
        assertThat(document.frontMatter().author().orElseThrow().span().column()).isEqualTo(1);
    }
}
