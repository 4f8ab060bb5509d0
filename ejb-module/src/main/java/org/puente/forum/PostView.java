package org.puente.forum;

import java.time.OffsetDateTime;

/** A public post: its author's public name (never an e-mail), text, and whether it is the expert's official answer. */
public record PostView(Long id, String author, String body, boolean official, boolean opening, OffsetDateTime at) {}
