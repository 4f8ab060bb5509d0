package org.puente.report;

/**
 * What a follower gets back: the folio he now follows, its service, whether an e-mail will tell him
 * of its changes, and whether that address already followed it (then nothing was added).
 */
public record FollowReceipt(String folio, String serviceName, boolean toldByEmail, boolean alreadyFollowing) {}
