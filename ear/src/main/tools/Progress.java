/** A progress bar on one terminal line, shared by the seed generators. */
final class Progress {
    private final long total;
    private final long started = System.nanoTime();

    Progress(long total) {
        this.total = total;
    }

    void show(long done, String what) {
        int width = 40;
        int filled = (int) Math.min(width, done * width / Math.max(1, total));
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("\r[%s%s] %3d%% %s (%.0f s)   ", "#".repeat(filled), " ".repeat(width - filled),
                Math.min(100, done * 100 / Math.max(1, total)), what, seconds);
        System.out.flush();
    }

    /** Starts a step without a bar of its own, after the time taken so far. */
    void note(String what) {
        System.out.printf("%n%s (at %.0f s)...", what, (System.nanoTime() - started) / 1e9);
        System.out.flush();
    }

    void done() {
        System.out.println();
    }
}
