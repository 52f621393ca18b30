package org.newsatlas.load;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live objects of a JVM after a full GC, from its class histogram ({@code jcmd PID GC.class_histogram} or the
 * {@code gcClassHistogram} diagnostic command in-process): bytes per class and the total.
 */
public record ClassHistogram(Map<String, Long> bytesByClass, Map<String, Long> instancesByClass, long totalBytes) {

    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*$");
    private static final Pattern TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)\\s*$");

    public static ClassHistogram parse(String text) {
        Map<String, Long> bytes = new LinkedHashMap<>();
        Map<String, Long> instances = new LinkedHashMap<>();
        long total = -1;
        for (String line : text.split("\\R")) {
            Matcher row = ROW.matcher(line);
            Matcher sum = TOTAL.matcher(line);
            if (row.matches()) {
                bytes.merge(row.group(3), Long.parseLong(row.group(2)), Long::sum);
                instances.merge(row.group(3), Long.parseLong(row.group(1)), Long::sum);
            } else if (sum.matches()) {
                total = Long.parseLong(sum.group(2));
            }
        }
        if (total < 0) {
            throw new IllegalArgumentException("not a class histogram: " + text.lines().limit(3).toList());
        }
        return new ClassHistogram(bytes, instances, total);
    }

    /** Live instances of the class named {@code className} (exactly that class, not its subclasses). */
    public long instances(String className) {
        return instancesByClass.getOrDefault(className, 0L);
    }

    /** The classes that grew most from {@code before} to this one, with their growth in bytes. */
    public List<Map.Entry<String, Long>> growthSince(ClassHistogram before, int limit) {
        return changes(before).entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(limit).toList();
    }

    /** The classes that shrank most from {@code before} to this one (those gone included), growth below zero. */
    public List<Map.Entry<String, Long>> shrinkSince(ClassHistogram before, int limit) {
        return changes(before).entrySet().stream().filter(e -> e.getValue() < 0)
                .sorted(Map.Entry.comparingByValue()).limit(limit).toList();
    }

    private Map<String, Long> changes(ClassHistogram before) {
        Map<String, Long> growth = new LinkedHashMap<>();
        before.bytesByClass.keySet().forEach(type -> growth.put(type, 0L));
        bytesByClass.keySet().forEach(type -> growth.put(type, 0L));
        growth.replaceAll((type, zero) -> bytesByClass.getOrDefault(type, 0L)
                - before.bytesByClass.getOrDefault(type, 0L));
        return growth;
    }
}
