package org.miatext.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The writer of standard output, which also knows whether a write failed because the reader went
 * away ({@code miatext parse FILE | head}): that is the reader's choice, not an error to report.
 * It writes UTF-8, as the chapters are read and as {@code --output FILE} writes, whatever the
 * locale: under {@code LANG=C} the platform's charset would turn every curly quote into "?", and
 * {@code --format text} would no longer give the source back.
 */
final class StandardOutput extends PrintWriter {

    private final Watch watch;

    /** Standard output. */
    StandardOutput() {
        this(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 14));
    }

    /** Output to {@code out} (tests give a stream that fails). */
    StandardOutput(OutputStream out) {
        this(new Watch(out));
    }

    private StandardOutput(Watch watch) {
        super(new OutputStreamWriter(watch, StandardCharsets.UTF_8), true);
        this.watch = watch;
    }

    /** True when a write failed with a broken pipe: the reader closed its end. */
    boolean readerGone() {
        return watch.brokenPipe;
    }

    /** Passes bytes on and notes a broken pipe. */
    private static final class Watch extends OutputStream {
        private final OutputStream out;
        boolean brokenPipe;

        Watch(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw noted(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw noted(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw noted(e);
            }
        }

        @Override
        public void close() throws IOException {
            out.close();
        }

        private IOException noted(IOException e) {
            if ("Broken pipe".equals(e.getMessage())) {
                brokenPipe = true;
            }
            return e;
        }
    }
}
