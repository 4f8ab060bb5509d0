package org.puente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.puente.abuse.TooManyRequestsException;
import org.puente.identity.PasswordHasher;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.mailbox.Mailbox;
import org.puente.mailbox.MessagePage;
import org.puente.mailbox.MessageReceipt;
import org.puente.mailbox.MessageStatus;
import org.puente.mailbox.NewMessage;
import org.puente.notification.Mailer;
import org.puente.organization.Body;
import org.puente.organization.Department;
import org.puente.petition.PetitionReceipt;
import org.puente.petition.PetitionType;
import org.puente.platform.AccessDeniedException;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;
import org.puente.setup.DemoData;

/**
 * The contact mailbox on the real WAR, Payara Micro and H2: a message received (its consent, its one
 * "received" e-mail to an unconfirmed address, the per-address limit), bad input refused with nothing saved,
 * an answer e-mailed through a real SMTP server (GreenMail), a message turned into a petition whose clock
 * starts at the message's arrival, a handled message refused a second handling, and the staff of another
 * body (and the wrong role) kept out.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailboxIT {

    /** GreenMail's SMTP port inside the container; this helper's own, so as not to meet another test's server. */
    private static final int SMTP_PORT = 32191;

    @Deployment
    static WebArchive deployment() throws URISyntaxException {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("puente.war")))
                .addClasses(MailboxIT.class, AdjustableClock.class, SignedInCalls.class, TestSql.class)
                .addAsLibraries(jarOf(GreenMail.class), jarOf(org.slf4j.LoggerFactory.class))
                .addAsResource(
                        new StringAsset("puente.demo=true\n"
                                + "puente.smtp.host=localhost\n"
                                + "puente.smtp.port=" + SMTP_PORT + "\n"),
                        "META-INF/microprofile-config.properties");
    }

    private static File jarOf(Class<?> type) throws URISyntaxException {
        return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Inject
    private Mailbox mailbox;

    @Inject
    private Mailer mailer;

    @Inject
    private AdjustableClock clock;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private HttpServletRequest runnerRequest;

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource dataSource;

    @Resource(lookup = "java:comp/UserTransaction")
    private UserTransaction transaction;

    @Test
    @Order(1)
    void aMessageIsReceivedWithItsConsentAndOneReceivedMailToAnUnconfirmedAddress() throws Exception {
        String email = "vecina-" + run() + "@example.mx";
        MessageReceipt receipt = mailbox.receive(
                message("Horario de la alberca", "¿La alberca municipal abre en diciembre?", email), "198.51.100.7");

        assertEquals("H. Ayuntamiento de Metepec", receipt.bodyName());
        assertEquals(email, receipt.email());
        assertEquals("NUEVO", db().string("select status from contact_message where id = ?", receipt.id()));
        assertEquals(email, db().string("select contact_email from contact_message where id = ?", receipt.id()));
        assertEquals(1, db().number("select count(*) from consent where message_id = ?", receipt.id()));
        assertEquals(
                metepec(),
                db().number(
                                "select n.body_id from consent c join privacy_notice n on n.id = c.notice_id where c.message_id = ?",
                                receipt.id()));
        assertEquals(1, receivedMails(email));

        // A second message from the same unconfirmed address the same day is kept, but not mailed about again.
        MessageReceipt second = mailbox.receive(message("Otra pregunta", "¿Y los sábados?", email), "198.51.100.7");
        assertEquals("NUEVO", db().string("select status from contact_message where id = ?", second.id()));
        assertEquals(1, receivedMails(email));
    }

    @Test
    @Order(2)
    void badInputIsRefusedFieldByFieldAndNothingIsSaved() throws Exception {
        long messages = db().number("select count(*) from contact_message");
        long consents = db().number("select count(*) from consent");
        long outbox = db().number("select count(*) from outbox_message");

        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> mailbox.receive(
                        new NewMessage(metepec(), "Asunto", "   ", "Vecino", "no-es-un-correo", "12", false),
                        "198.51.100.8"));
        assertEquals(
                Set.of("text", "contactEmail", "contactPhone", "privacyConsent"),
                refused.getProblems().stream().map(BusinessException::getField).collect(Collectors.toSet()));
        assertEquals(
                Set.of(
                        "mailbox.text.required",
                        "registration.email.invalid",
                        "report.phone.invalid",
                        "mailbox.consent.required"),
                refused.getProblems().stream()
                        .map(BusinessException::getMessageKey)
                        .collect(Collectors.toSet()));

        InvalidInputException noEmail = assertThrows(
                InvalidInputException.class,
                () -> mailbox.receive(new NewMessage(metepec(), "", "Texto", null, " ", null, true), "198.51.100.8"));
        assertEquals(
                Set.of("subject", "contactEmail"),
                noEmail.getProblems().stream().map(BusinessException::getField).collect(Collectors.toSet()));

        assertEquals(messages, db().number("select count(*) from contact_message"));
        assertEquals(consents, db().number("select count(*) from consent"));
        assertEquals(outbox, db().number("select count(*) from outbox_message"));
    }

    @Test
    @Order(3)
    void oneAddressSendsTenMessagesAnHourAndNoMore() {
        String source = "203.0.113." + (10 + (int) (Math.random() * 200));
        for (int i = 1; i <= 10; i++) {
            mailbox.receive(
                    message("Mensaje " + i, "Texto " + i, "remitente" + i + "-" + run() + "@example.mx"), source);
        }
        assertThrows(
                TooManyRequestsException.class,
                () -> mailbox.receive(message("Mensaje 11", "Texto 11", "once-" + run() + "@example.mx"), source));
        // Another address is not affected.
        mailbox.receive(message("De otra conexión", "Texto", "otra-" + run() + "@example.mx"), source + "1");
    }

    @Test
    @Order(4)
    void theAnswerIsEmailedToTheSender() throws Exception {
        String email = "pregunta-" + run() + "@example.mx";
        long id = mailbox.receive(
                        message("Constancia de residencia", "¿Cuánto tarda la constancia?", email), "198.51.100.9")
                .id();
        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            asStaff("operador", () -> mailbox.answer(id, "Se entrega el mismo día en la Secretaría del Ayuntamiento."));
            int rounds = 0;
            while (mailer.sendDue() > 0) {
                assertTrue(++rounds < 40, "the outbox empties within 40 batches");
            }
            List<MimeMessage> answers = new ArrayList<>();
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (isFor(m, email) && m.getSubject().startsWith("Respuesta")) {
                    answers.add(m);
                }
            }
            assertFalse(answers.isEmpty(), "GreenMail received the answer for " + email);
            for (MimeMessage m : answers) {
                assertEquals("Respuesta a tu mensaje: Constancia de residencia", m.getSubject());
                String text = String.valueOf(m.getContent()).replace("\r\n", "\n");
                assertTrue(
                        text.contains("H. Ayuntamiento de Metepec respondió el mensaje \"Constancia de residencia\""),
                        text);
                assertTrue(text.contains("Se entrega el mismo día en la Secretaría del Ayuntamiento."), text);
            }
        } finally {
            smtp.stop();
        }
        assertEquals("RESPONDIDO", db().string("select status from contact_message where id = ?", id));
        assertEquals(
                db().number("select id from user_account where username = 'operador'"),
                db().number("select handled_by from contact_message where id = ?", id));
        assertEquals(
                "Se entrega el mismo día en la Secretaría del Ayuntamiento.",
                db().string("select answer from contact_message where id = ?", id));

        // Handled once: neither a second answer nor a petition.
        long petitions = db().number("select count(*) from petition");
        BusinessException again =
                assertThrows(BusinessException.class, () -> asStaff("operador", () -> mailbox.answer(id, "Otra")));
        assertEquals("mailbox.transition.forbidden", again.getMessageKey());
        BusinessException convert = assertThrows(
                BusinessException.class,
                () -> asStaff("operador", () -> mailbox.convert(id, PetitionType.PETICION, null)));
        assertEquals("mailbox.transition.forbidden", convert.getMessageKey());
        assertEquals(petitions, db().number("select count(*) from petition"));
    }

    @Test
    @Order(5)
    void aMessageTurnedIntoAPetitionCountsFromItsArrival() throws Exception {
        // Friday 4 December 2026, 19:30 in Metepec (after office hours); read on Monday the 7th at 10:00.
        OffsetDateTime arrival = OffsetDateTime.parse("2026-12-04T19:30:00-06:00");
        OffsetDateTime read = OffsetDateTime.parse("2026-12-07T10:00:00-06:00");
        String email = "cobro-" + run() + "@example.mx";
        long department = db().number(
                        "select min(id) from department where body_id = ? and name = 'Gerencia de la Ciudad'",
                        metepec());
        long id;
        PetitionReceipt receipt;
        clock.stopAt(arrival.toInstant());
        try {
            id = mailbox.receive(
                            message("Cobro indebido", "Me cobraron dos veces el agua de noviembre.", email),
                            "198.51.100.10")
                    .id();
            clock.stopAt(read.toInstant());
            InvalidInputException noType = assertThrows(
                    InvalidInputException.class, () -> asStaff("operador", () -> mailbox.convert(id, null, null)));
            assertEquals("type", noType.getProblems().get(0).getField());
            receipt = asStaff("operador", () -> mailbox.convert(id, PetitionType.RECLAMO, department));
        } finally {
            clock.release();
        }

        assertTrue(receipt.folio().matches("MET-PQR-2026-\\d{6}"), receipt.folio());
        assertTrue(arrival.isEqual(receipt.receivedAt()), "the receipt says " + receipt.receivedAt());
        assertTrue(
                arrival.isEqual(db().timestamp("select clock_received_at from petition where id = ?", receipt.id())),
                "the petition's clock starts at the message's arrival");
        assertTrue(arrival.isEqual(db().timestamp("select received_at from contact_message where id = ?", id)));
        assertEquals("MAILBOX", db().string("select channel from petition where id = ?", receipt.id()));
        assertEquals("RECLAMO", db().string("select type from petition where id = ?", receipt.id()));
        assertEquals(email, db().string("select contact_email from petition where id = ?", receipt.id()));
        assertEquals(department, db().number("select department_id from petition where id = ?", receipt.id()));
        assertEquals("CONVERTIDO", db().string("select status from contact_message where id = ?", id));
        assertEquals(receipt.id(), db().number("select petition_id from contact_message where id = ?", id));
        assertTrue(read.isEqual(db().timestamp("select handled_at from contact_message where id = ?", id)));
        assertEquals(
                receipt.folio(),
                asStaff("gerente", () -> mailbox.detail(id)).petitionFolio(),
                "the message shows the folio it became");
        assertEquals(
                List.of(List.of("MESSAGE_CHANGED", "petition " + receipt.folio()), List.of("MESSAGE_VIEWED", "-")),
                db().rows(
                                "select action, coalesce(detail, '-') from audit_entry where subject_type = 'message'"
                                        + " and subject_ref = ? order by id",
                                String.valueOf(id)),
                "staff's reading and turning of the message are in the audit log");
    }

    @Test
    @Order(6)
    void staffOfAnotherBodyAndOtherRolesAreKeptOut() throws Exception {
        long id = mailbox.receive(
                        message("Privado", "Mi mensaje a Metepec.", "privado-" + run() + "@example.mx"),
                        "198.51.100.11")
                .id();
        String other = "operador.salud." + run();
        openStaffAccount(other, DemoData.DEPENDENCY, "Unidad de Comunicación Social", Role.OPERADOR);

        assertThrows(AccessDeniedException.class, () -> asStaff(other, () -> mailbox.detail(id)));
        assertThrows(AccessDeniedException.class, () -> asStaff(other, () -> mailbox.answer(id, "No es mío")));
        assertThrows(AccessDeniedException.class, () -> asStaff(other, () -> mailbox.discard(id, "No es mío")));
        assertThrows(
                AccessDeniedException.class,
                () -> asStaff(other, () -> mailbox.convert(id, PetitionType.PETICION, null)));
        MessagePage his = asStaff(other, () -> mailbox.list(null, 1));
        assertEquals(0, his.total(), "his body's mailbox is empty; Metepec's messages are not his");
        assertEquals("NUEVO", db().string("select status from contact_message where id = ?", id));

        // Metepec's own operator sees it; an agent (no mailbox role) is refused by the container.
        MessagePage metepecs = asStaff("operador", () -> mailbox.list(MessageStatus.NUEVO, 1));
        assertTrue(metepecs.rows().stream().anyMatch(r -> r.id() == id), "Metepec's operator sees the new message");
        assertThrows(EJBAccessException.class, () -> asStaff("agente", () -> mailbox.list(null, 1)));
        assertThrows(BusinessException.class, () -> asStaff("operador", () -> mailbox.detail(-1)));

        asStaff("operador", () -> mailbox.discard(id, "Prueba de acceso"));
        assertEquals("DESCARTADO", db().string("select status from contact_message where id = ?", id));
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers

    private NewMessage message(String subject, String text, String email) {
        return new NewMessage(metepec(), subject, text, "Vecina de Metepec", email, "722 100 2000", true);
    }

    private long receivedMails(String email) throws SQLException {
        return db().number(
                        "select count(*) from outbox_message where recipient = ? and subject like 'Recibimos tu mensaje%'",
                        email);
    }

    private long metepec() {
        try {
            return db().number("select id from body where code = ?", DemoData.MUNICIPALITY);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void openStaffAccount(String username, String bodyCode, String departmentName, Role role) throws Exception {
        transaction.begin();
        try {
            Body body = em.createNamedQuery("Body.findByCode", Body.class)
                    .setParameter("code", bodyCode)
                    .getSingleResult();
            Department department = em.createNamedQuery("Department.byBodyAndName", Department.class)
                    .setParameter("body", body)
                    .setParameter("name", departmentName)
                    .getSingleResult();
            em.persist(UserAccount.staff(
                    username,
                    "Operador de Salud",
                    username + "@example.mx",
                    hasher.hash(DemoData.DEMO_PASSWORD),
                    body,
                    department,
                    Set.of(role),
                    OffsetDateTime.now()));
            transaction.commit();
        } catch (Exception | Error e) {
            transaction.rollback();
            throw e;
        }
    }

    private <T> T asStaff(String username, Callable<T> part) throws Exception {
        URI servlet = URI.create(
                "http://localhost:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath() + "/it/signed-in");
        return SignedInCalls.as(servlet, username, part);
    }

    private static boolean isFor(MimeMessage m, String email) throws MessagingException {
        Address[] to = m.getAllRecipients();
        if (to == null) {
            return false;
        }
        for (Address a : to) {
            if (a instanceof InternetAddress i && email.equalsIgnoreCase(i.getAddress())) {
                return true;
            }
        }
        return false;
    }

    private static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private TestSql db() {
        return new TestSql(dataSource);
    }
}
