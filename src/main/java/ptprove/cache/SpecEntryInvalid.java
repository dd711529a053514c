package ptprove.cache;

/** A spec-level entry that is damaged, foreign or inconsistent with what it claims to answer: a miss. */
public final class SpecEntryInvalid extends Exception {
    public SpecEntryInvalid(String why) {
        super(why);
    }
}
