package org.puente.forum;

/** A post just written: its thread, its id, and whether it is public or waits for the moderator. */
public record PostReceipt(Long threadId, Long postId, PostStatus status) {}
