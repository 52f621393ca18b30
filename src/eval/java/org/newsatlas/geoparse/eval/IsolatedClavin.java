package org.newsatlas.geoparse.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * CLAVIN 3.0.0 in a class loader of its own, over the jars the {@code eval} profile copies into
 * {@code target/clavin-lib}: CLAVIN is built on Lucene 8.5.2, the app on Lucene 9, and the two cannot share a
 * classpath (Lucene 9 fails on the codecs Lucene 8's jars announce as services). The loader's parent is the
 * platform class loader, so CLAVIN sees the JDK and those jars only, never the app's Lucene; the harness talks to
 * it through JDK types: {@link ClavinBridge} as a {@link Function}, the index builder through its {@code main}.
 */
public final class IsolatedClavin {

    /** By name: a class literal would load the bridge into the harness's own class loader too. */
    private static final String BRIDGE = IsolatedClavin.class.getPackageName() + ".ClavinBridge";
    private static final String INDEX_BUILDER = "com.novetta.clavin.index.IndexDirectoryBuilder";

    private final ClassLoader loader;

    private IsolatedClavin(ClassLoader loader) {
        this.loader = loader;
    }

    /** CLAVIN over every jar in {@code libDirectory}. */
    public static IsolatedClavin open(Path libDirectory) {
        String missing = "no CLAVIN jars in " + libDirectory.toAbsolutePath()
                + " (Maven copies them there with -Peval, at generate-test-resources)";
        List<URL> jars;
        try (Stream<Path> files = Files.list(libDirectory)) {
            jars = files.filter(file -> file.getFileName().toString().endsWith(".jar")).sorted()
                    .map(IsolatedClavin::url).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(missing, e);
        }
        if (jars.isEmpty()) {
            throw new IllegalStateException(missing);
        }
        return new IsolatedClavin(new BridgeDefiningLoader(jars.toArray(URL[]::new)));
    }

    /** CLAVIN's parser over the index in {@code indexDirectory}: text in, {start, end, lat, lon} per location out. */
    @SuppressWarnings("unchecked")
    public Function<String, List<double[]>> parser(Path indexDirectory) {
        String index = indexDirectory.toAbsolutePath().toString();
        return inLoader("open its index " + index, () -> (Function<String, List<double[]>>) loader.loadClass(BRIDGE)
                .getConstructor(String.class).newInstance(index));
    }

    /** Runs CLAVIN's {@code IndexDirectoryBuilder} command line with {@code args}. */
    public void buildIndex(String... args) {
        inLoader("build its index", () -> loader.loadClass(INDEX_BUILDER).getMethod("main", String[].class)
                .invoke(null, (Object) args));
    }

    /**
     * Runs {@code action} with this loader as the thread's context class loader (for libraries that look there),
     * unwrapping what CLAVIN itself threw from the reflection around it.
     */
    private <T> T inLoader(String what, Callable<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return action.call();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("CLAVIN cannot " + what + ": " + e.getCause(), e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException("cannot reach CLAVIN in its class loader to " + what + ": " + e, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(jar.toString(), e);
        }
    }

    /**
     * The CLAVIN jars, plus {@link ClavinBridge} defined here from the class file the harness was compiled to, so
     * that the bridge links to this loader's CLAVIN and Lucene rather than to anything on the harness's classpath.
     */
    private static final class BridgeDefiningLoader extends URLClassLoader {

        BridgeDefiningLoader(URL[] jars) {
            super("clavin", jars, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            if (!name.equals(BRIDGE)) {
                return super.findClass(name);
            }
            String file = name.replace('.', '/') + ".class";
            try (InputStream in = IsolatedClavin.class.getClassLoader().getResourceAsStream(file)) {
                if (in == null) {
                    throw new ClassNotFoundException(name + ": no " + file + " on the harness's classpath");
                }
                byte[] bytes = in.readAllBytes();
                return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }
    }
}
