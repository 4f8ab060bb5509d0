package org.puente.arco;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.puente.casework.CaseIdentity;
import org.puente.identity.BodyScope;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.petition.ArcoRight;
import org.puente.petition.NewPetition;
import org.puente.petition.Petition;
import org.puente.petition.PetitionChannel;
import org.puente.petition.PetitionIntake;
import org.puente.petition.PetitionReceipt;
import org.puente.petition.PetitionType;
import org.puente.platform.AccessDeniedException;
import org.puente.platform.Bundles;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;

/**
 * ARCO requests come in here and go on through the one petition intake ({@link PetitionIntake#file}, web
 * channel): a signed-in citizen's from "Mi cuenta" (his account is the filer), anyone's from the public form
 * with his name, e-mail and the identity proof he offers. Never anonymous: the petition refuses it too. The
 * subject is the right's name; the text holds what he asks for, the correction and the proof, each labelled.
 */
@Stateless
public class ArcoIntake {

    public static final String MAIL = "org.puente.notification.mail";

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @EJB
    private PetitionIntake intake;

    @Inject
    private BodyScope scope;

    /** The signed-in citizen's own request. */
    @RolesAllowed("CIUDADANO")
    public PetitionReceipt fileOwn(ArcoInput form) {
        scope.caller().filter(a -> !a.isStaff()).orElseThrow(AccessDeniedException::new);
        check(form, false);
        return intake.file(petition(form, null, null), PetitionChannel.WEB);
    }

    /** A request on the public form, by someone without an account (or not signed in). */
    @PermitAll
    public PetitionReceipt filePublic(ArcoInput form) {
        check(form, true);
        return intake.file(petition(form, form.name(), form.email()), PetitionChannel.WEB);
    }

    /** The bodies one may ask: every body Puente serves, by name. */
    @PermitAll
    public List<Body> bodies() {
        return em.createQuery("select b from Body b order by b.name", Body.class)
                .getResultList();
    }

    /** The signed-in citizen's own ARCO requests, newest first. */
    @RolesAllowed("CIUDADANO")
    public List<Petition> mine() {
        UserAccount me = scope.caller().orElseThrow(AccessDeniedException::new);
        return em.createNamedQuery("Petition.ofCitizen", Petition.class)
                .setParameter("citizen", me)
                .getResultStream()
                .filter(p -> p.getType() == PetitionType.ARCO)
                .toList();
    }

    private static NewPetition petition(ArcoInput form, String name, String email) {
        return new NewPetition(
                form.bodyId(),
                PetitionType.ARCO,
                form.right(),
                CaseIdentity.IDENTIFIED,
                null,
                form.right() == null ? null : Bundles.text(MAIL, Bundles.SPANISH, "arco.subject." + form.right()),
                text(form),
                name,
                email,
                null,
                form.privacyConsent(),
                null);
    }

    /** The request's text: what he asks for, then (when given) the correction and the identity proof, labelled. */
    static String text(ArcoInput form) {
        StringBuilder text =
                new StringBuilder(blank(form.request()) ? "" : form.request().strip());
        if (form.right() == ArcoRight.RECTIFICACION && !blank(form.rectification())) {
            text.append("\n\n")
                    .append(Bundles.text(MAIL, Bundles.SPANISH, "arco.text.rectification"))
                    .append(' ')
                    .append(form.rectification().strip());
        }
        if (!blank(form.identityProof())) {
            text.append("\n\n")
                    .append(Bundles.text(MAIL, Bundles.SPANISH, "arco.text.identity"))
                    .append(' ')
                    .append(form.identityProof().strip());
        }
        return text.toString();
    }

    /** What the petition intake does not know about an ARCO request: the right, the parts' lengths, the proof. */
    private static void check(ArcoInput form, boolean publicForm) {
        List<BusinessException> problems = new ArrayList<>();
        if (form.right() == null) {
            problems.add(new BusinessException("right", "arco.right.required"));
        }
        if (blank(form.request())) {
            problems.add(new BusinessException("request", "arco.request.required"));
        } else if (form.request().strip().length() > ArcoInput.MAX_PART) {
            problems.add(new BusinessException("request", "arco.request.tooLong", ArcoInput.MAX_PART));
        }
        if (form.right() == ArcoRight.RECTIFICACION && blank(form.rectification())) {
            problems.add(new BusinessException("rectification", "arco.rectification.required"));
        } else if (!blank(form.rectification()) && form.rectification().strip().length() > ArcoInput.MAX_PART) {
            problems.add(new BusinessException("rectification", "arco.request.tooLong", ArcoInput.MAX_PART));
        }
        if (publicForm) {
            if (blank(form.name())) {
                problems.add(new BusinessException("name", "arco.name.required"));
            }
            if (blank(form.email())) {
                problems.add(new BusinessException("email", "arco.email.required"));
            }
            if (blank(form.identityProof())) {
                problems.add(new BusinessException("identityProof", "arco.identity.required"));
            } else if (form.identityProof().strip().length() > ArcoInput.MAX_PART) {
                problems.add(new BusinessException("identityProof", "arco.request.tooLong", ArcoInput.MAX_PART));
            }
        }
        if (!form.privacyConsent()) {
            problems.add(new BusinessException("privacyConsent", "report.consent.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
