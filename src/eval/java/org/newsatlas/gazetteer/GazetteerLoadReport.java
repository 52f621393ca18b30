package org.newsatlas.gazetteer;

import java.nio.file.Path;

/**
 * Prints how long loading the full gazetteer from geodata/ takes and how much heap it holds (a report,
 * not a test): {@code mvn -Peval -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.newsatlas.gazetteer.GazetteerLoadReport}.
 */
public final class GazetteerLoadReport {

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "geodata");
        for (int run = 1; run <= 3; run++) {
            System.gc();
            long before = usedHeap();
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            InMemoryGazetteer gazetteer = new GeodataGazetteerLoader(new org.newsatlas.geodata.Geodata(dir.toString())).load();
            long millis = (System.nanoTime() - start) / 1_000_000;
            long cpuMillis = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
            System.gc();
            long retained = usedHeap() - before;
            System.out.printf("| run %d | %,d places | %,d index entries | %,d ms wall | %,d ms cpu | %,d MB retained |%n",
                    run, gazetteer.size(), gazetteer.indexEntries(), millis, cpuMillis, retained >> 20);
        }
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
