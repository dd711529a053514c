package ptprove.pipeline;

import java.nio.file.Path;

/**
 * One spec file to check: where it is, how the user named it, the root its imports may not leave, and its path
 * relative to that root (which names its proof record).
 */
public record SpecInput(Path file, String display, Path root, Path relative) {}
