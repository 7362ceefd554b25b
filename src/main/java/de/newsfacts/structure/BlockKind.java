package de.newsfacts.structure;

/** Kind of a structural block; {@link #code()} is the value written to the {@code blocks.kind} column. */
public enum BlockKind {
    TITLE, LEAD, HEADING, PARAGRAPH, LIST_ITEM, BOILERPLATE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
