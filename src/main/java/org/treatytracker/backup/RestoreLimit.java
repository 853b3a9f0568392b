package org.treatytracker.backup;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An upload that fails once more than its limit has been read: the bound on a restore sent without a
 * Content-Length (one with a Content-Length over the limit is refused by HttpEdge before it is read).
 */
final class RestoreLimit extends FilterInputStream {

    /** Thrown through the JSON parser, which passes I/O failures on as they are. */
    static final class Exceeded extends IOException {
        Exceeded(long limit) {
            super("more than " + limit + " bytes");
        }
    }

    private final long limit;
    private long read;

    RestoreLimit(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) throws Exceeded {
        read += n;
        if (read > limit) {
            throw new Exceeded(limit);
        }
    }
}
