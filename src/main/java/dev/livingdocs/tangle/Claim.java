package dev.livingdocs.tangle;

import dev.livingdocs.DocLocation;

/**
 * A sentence of a page that states something the docs promise, marked so its backing can be checked:
 * {@code [.claim#claim-some-id]} on the block that states it. Scenarios back a claim by carrying its
 * id as a tag ({@code @claim-some-id}); a claim no behaviour can show says why instead, with
 * {@code reason="..."} on the same block.
 *
 * @param id     the block's id; starts with {@value #PREFIX}
 * @param at     where the block is
 * @param text   the claim's words, as plain text
 * @param reason why it cannot be executed, or null when scenarios back it
 */
public record Claim(String id, DocLocation at, String text, String reason) {

    /** Claim ids, and the tags that refer to them, start with this. */
    public static final String PREFIX = "claim-";

    /** The role that marks a claim block. */
    public static final String ROLE = "claim";

    public boolean executable() {
        return reason == null;
    }

    public String tag() {
        return "@" + id;
    }
}
