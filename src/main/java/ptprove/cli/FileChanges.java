package ptprove.cli;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import ptprove.pipeline.Dependents;
import ptprove.pipeline.SpecFinder;
import ptprove.pipeline.SpecInput;

/**
 * The changes {@link WatchLoop} waits for, from the file system ({@link WatchService}): files named {@code *.ptl}
 * or {@code *.proof} created, modified or deleted, and new folders, in the folders {@code folders} gives, asked
 * again before each wait (an edit may add an import from another folder; a new folder is watched from then on).
 * An editor saves in bursts (a temporary file, a rename, a second write), so a batch ends only after
 * {@link #QUIET_MS} without events; files with other names (swap files, backups) never start one. An overflow
 * (events lost) counts as a change of its folder.
 */
final class FileChanges implements WatchLoop.Changes {
    static final long QUIET_MS = 150;

    private final WatchService watcher;
    private final Supplier<Set<Path>> folders;
    private final Map<Path, WatchKey> keys = new HashMap<>();

    /** Watches {@code folders} from now on: a change made before the first {@link #next} is not missed. */
    FileChanges(Supplier<Set<Path>> folders) throws IOException {
        this.watcher = FileSystems.getDefault().newWatchService();
        this.folders = folders;
        watch(folders.get());
    }

    /**
     * What {@code check --watch PATH... --root ROOT --proofs PROOFS} watches: the folder of every spec and of every
     * file it imports, every folder below a PATH that is a folder (a new spec there is checked too), and the
     * folders of the proof records.
     */
    static Set<Path> foldersOf(List<String> paths, Path root, Path proofs) {
        List<Path> below = new ArrayList<>();
        Set<Path> out = new LinkedHashSet<>();
        for (String p : paths) {
            Path path = Path.of(p).toAbsolutePath().normalize();
            if (Files.isDirectory(path)) below.add(path);
            else if (path.getParent() != null) out.add(path.getParent());
        }
        below.add(proofs.toAbsolutePath().normalize());
        out.addAll(foldersBelow(below));
        try {
            for (SpecInput in : SpecFinder.find(paths, root)) {
                Dependents.Read read = Dependents.read(in); // one parse of the imports for both
                for (Path f : read.files()) {
                    Path parent = f.toAbsolutePath().normalize().getParent();
                    if (parent != null) out.add(parent);
                }
                // a deleted import (git stash, checkout): its folder, or the nearest that exists, so its return
                // is seen (a folder created below a watched one is itself a change)
                for (Path missing : read.missingImports()) {
                    Path dir = missing.getParent();
                    while (dir != null && !Files.isDirectory(dir)) dir = dir.getParent();
                    if (dir != null) out.add(dir);
                }
            }
        } catch (SpecFinder.NoSuchSpec | IOException e) {
            // the next check says so; the folders above are watched meanwhile
        }
        return out;
    }

    /** {@code roots} and every folder below them (not hidden ones): where new specs may appear. */
    static Set<Path> foldersBelow(List<Path> roots) {
        Set<Path> out = new LinkedHashSet<>();
        for (Path r : roots) {
            if (!Files.isDirectory(r)) continue;
            try (Stream<Path> s = Files.walk(r)) {
                s.filter(Files::isDirectory).filter(d -> d.equals(r) || !d.getFileName().toString().startsWith("."))
                        .forEach(out::add);
            } catch (IOException | java.io.UncheckedIOException e) {
                out.add(r); // a folder that cannot be walked is still watched itself
            }
        }
        return out;
    }

    @Override
    public List<Path> next() throws IOException, InterruptedException {
        try {
            watch(folders.get());
            while (true) {
                Set<Path> changed = new LinkedHashSet<>();
                collect(watcher.take(), changed);
                for (WatchKey k; (k = watcher.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null; ) collect(k, changed);
                if (!changed.isEmpty()) return new ArrayList<>(changed);
            }
        } catch (ClosedWatchServiceException e) {
            return null;
        }
    }

    /** Watches exactly {@code wanted} (those that exist); stops watching folders no longer wanted. */
    private void watch(Set<Path> wanted) throws IOException {
        for (var it = keys.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            if (!wanted.contains(e.getKey())) {
                e.getValue().cancel();
                it.remove();
            }
        }
        for (Path d : wanted) {
            if (keys.containsKey(d) || !Files.isDirectory(d)) continue;
            keys.put(d, d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE));
        }
    }

    private static void collect(WatchKey key, Set<Path> changed) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> e : key.pollEvents()) {
            if (e.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.add(dir);
            } else if (e.context() instanceof Path name && (relevant(name) || newFolder(e, dir.resolve(name)))) {
                changed.add(dir.resolve(name));
            }
        }
        key.reset();
    }

    /** A new folder counts: specs may be saved into it before the next wait would start watching it. */
    private static boolean newFolder(WatchEvent<?> e, Path path) {
        return e.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)
                && !path.getFileName().toString().startsWith(".");
    }

    static boolean relevant(Path name) {
        String n = name.getFileName().toString();
        return !n.startsWith(".") && (n.endsWith(".ptl") || n.endsWith(".proof"));
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
