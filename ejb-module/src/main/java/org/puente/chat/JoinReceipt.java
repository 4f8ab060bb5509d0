package org.puente.chat;

/** A participant's entry: his id, nickname and the secret token he asks with (kept by his browser only). */
public record JoinReceipt(Long participantId, String nickname, String token) {}
