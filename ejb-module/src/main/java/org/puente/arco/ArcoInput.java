package org.puente.arco;

import org.puente.petition.ArcoRight;

/**
 * An ARCO request as a form gives it. From "Mi cuenta" the filer is the signed-in citizen and the name,
 * e-mail and identity proof stay empty; on the public form (/derechos-arco) they say who he is and which
 * proof of identity he offers (the body checks it before answering). {@code rectification} is what to
 * correct and how, for a rectification only.
 */
public record ArcoInput(
        Long bodyId,
        ArcoRight right,
        String request,
        String rectification,
        String name,
        String email,
        String identityProof,
        boolean privacyConsent) {

    public static final int MAX_PART = 1500;
}
