package org.puente.setup;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import org.puente.arco.ArcoIntake;
import org.puente.casework.CaseClock;
import org.puente.casework.CaseClocks;
import org.puente.casework.CaseIdentity;
import org.puente.casework.Folio;
import org.puente.casework.FolioNumbers;
import org.puente.casework.LegalClock;
import org.puente.casework.TrackingCodes;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.petition.ArcoRight;
import org.puente.petition.Petition;
import org.puente.petition.PetitionChannel;
import org.puente.petition.PetitionIntake;
import org.puente.petition.PetitionType;
import org.puente.platform.Bundles;
import org.puente.privacy.Consent;
import org.puente.privacy.ConsentChannel;
import org.puente.privacy.PrivacyNotices;
import org.puente.report.Contact;

/**
 * The demo's ARCO requests on Metepec's desk (/staff/arco), in the past with their history: the demo
 * citizen's access request, answered and carried out (his download) five weeks ago; and an opposition filed
 * on the public form a week ago by someone without an account, still waiting for its answer. No cancellation:
 * carrying one out would anonymise a demo account that the demo and its tests sign in with.
 */
@Stateless
public class DemoArco {

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @EJB
    private FolioNumbers folios;

    @EJB
    private CaseClocks clocks;

    @EJB
    private PrivacyNotices notices;

    public void generate(Body body, UserAccount citizen, UserAccount officer, OffsetDateTime now) {
        LegalClock legal = clocks.clockOf(body);

        OffsetDateTime asked = now.minusDays(40).withHour(10).withMinute(12);
        Petition access = file(
                body,
                legal,
                ArcoRight.ACCESO,
                "Solicito conocer qué datos personales míos conserva el Ayuntamiento en la plataforma Puente.",
                Contact.none(),
                citizen,
                asked);
        OffsetDateTime answered = asked.plusDays(9).withHour(13).withMinute(40);
        access.respond(
                legal,
                "Procede su solicitud de acceso. Puede descargar en cualquier momento todos sus datos en formato"
                        + " JSON o CSV desde \"Mi cuenta\", sección \"Descargar mis datos\".",
                officer,
                answered);
        access.carriedOut(
                officer, answered.plusDays(1), "Sus datos quedaron disponibles para descarga en \"Mi cuenta\".");

        Petition opposition = file(
                body,
                legal,
                ArcoRight.OPOSICION,
                "Me opongo a que mi correo se use para enviarme encuestas o avisos que no sean de mis reportes."
                        + "\n\nIdentificación que ofrezco: copia de mi credencial para votar, que presentaré en la"
                        + " ventanilla de Atención Ciudadana.",
                new Contact("Jaime Rivera Ortega", "jaime.rivera@example.mx", null),
                null,
                now.minusDays(7).withHour(17).withMinute(5));
        opposition.protectWithTrackingCode(TrackingCodes.newCode());
    }

    private Petition file(
            Body body,
            LegalClock legal,
            ArcoRight right,
            String text,
            Contact contact,
            UserAccount citizen,
            OffsetDateTime at) {
        int year = at.atZoneSameInstant(body.getTimeZone()).getYear();
        Folio folio = new Folio(
                body.getCode(),
                PetitionType.ARCO.folioSeries(),
                year,
                folios.next(FolioNumbers.Series.ARCO, body, year));
        CaseClock received = clocks.receive(
                body,
                PetitionType.ARCO.caseType(),
                PetitionIntake.presetFor(PetitionType.ARCO, clocks.countryOf(body)),
                at);
        Petition p = new Petition(
                folio,
                body,
                null,
                PetitionType.ARCO,
                right,
                CaseIdentity.IDENTIFIED,
                PetitionChannel.WEB,
                Bundles.text(ArcoIntake.MAIL, Bundles.SPANISH, "arco.subject." + right),
                text,
                contact,
                citizen,
                received,
                legal);
        em.persist(p);
        em.persist(Consent.ofPetition(notices.inForceOrFirst(body), p, ConsentChannel.WEB, null, at));
        return p;
    }
}
