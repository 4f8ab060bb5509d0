package org.puente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.HttpServletRequest;
import java.io.File;
import java.net.CookieManager;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.puente.identity.AccountService;
import org.puente.identity.CitizenRegistration;
import org.puente.identity.EditStaffAccount;
import org.puente.identity.NewStaffAccount;
import org.puente.identity.PasswordLinks;
import org.puente.identity.PasswordToken;
import org.puente.identity.Role;
import org.puente.identity.SignInResult;
import org.puente.identity.StaffAccounts;
import org.puente.identity.Totp;
import org.puente.identity.TwoFactor;
import org.puente.identity.TwoFactorPolicy;
import org.puente.identity.UserAccount;
import org.puente.notification.Mailer;
import org.puente.organization.Body;
import org.puente.organization.OrganizationService;
import org.puente.platform.AccessDeniedException;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;
import org.puente.platform.SecretTokens;
import org.puente.privacy.PrivacyNotices;
import org.puente.report.Channel;
import org.puente.report.NewReport;
import org.puente.report.ReportIntake;
import org.puente.setup.DemoData;

/**
 * The real WAR (target/puente.war, with the EJB and persistence jars inside) on a real Payara Micro
 * with its embedded H2 database: migrations, demo data, accounts, sign-in and body scoping; the
 * password policy at every entrance, password links (invitation and reset) that exist only in the
 * e-mail GreenMail receives, an administrator's management of staff accounts, and the second factor
 * (a one-time code at sign-in, through the login pages as a browser sends them).
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    /** GreenMail's SMTP port inside the container (ReportIT uses another). */
    private static final int SMTP_PORT = 58025;

    private static final Pattern LINK = Pattern.compile("/contrasena\\?token=([A-Za-z0-9_-]+)");

    @Deployment
    static WebArchive deployment() throws URISyntaxException {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("puente.war")))
                .addClasses(PlatformIT.class, SignedInCalls.class, AdjustableClock.class)
                .addAsLibraries(jarOf(GreenMail.class), jarOf(org.slf4j.LoggerFactory.class))
                .addAsResource(
                        new StringAsset("puente.demo=true\npuente.smtp.host=localhost\npuente.smtp.port=" + SMTP_PORT
                                + "\npuente.password.reset.minutes=45\n"),
                        "META-INF/microprofile-config.properties");
    }

    private static File jarOf(Class<?> type) throws URISyntaxException {
        return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Inject
    private Mailer mailer;

    @Inject
    private AdjustableClock clock;

    @Inject
    private HttpServletRequest runnerRequest;

    @Inject
    private AccountService accounts;

    @Inject
    private StaffAccounts staffAccounts;

    @Inject
    private PasswordLinks passwords;

    @Inject
    private org.puente.abuse.RateLimits limits;

    @Inject
    private DemoData demoData;

    @Inject
    private TwoFactor twoFactor;

    @Inject
    private TwoFactorPolicy twoFactorPolicy;

    @Inject
    private OrganizationService organizations;

    @Inject
    private PrivacyNotices notices;

    @Inject
    private ReportIntake intake;

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource dataSource;

    @Test
    void schemaComesFromTheMigrations() throws SQLException {
        List<String> versions = strings("select \"version\" from \"flyway_schema_history\" where \"success\" = true");
        assertTrue(versions.contains("1"), "applied migrations: " + versions);
    }

    @Test
    void demoDataIsLoadedOnceWithMetepecsCatalogue() throws SQLException {
        assertTrue(demoData.isLoaded());
        long accountsBefore = count("select count(*) from user_account");
        assertFalse(demoData.loadOnce(), "a second load must do nothing");
        assertEquals(accountsBefore, count("select count(*) from user_account"));
        assertEquals(
                27,
                count("select count(*) from public_service s join body b on b.id = s.body_id where b.code = 'MET'"));
        assertEquals(1, count("select count(*) from body where code = 'MET'"));
        assertTrue(count("select count(*) from colonia") >= 20);
        assertTrue(count("select count(*) from holiday") >= 7, "official holidays are in the calendars");
        Set<String> usernames = Set.copyOf(strings("select username from user_account"));
        assertTrue(
                usernames.containsAll(Set.of(
                        "admin",
                        "gerente",
                        "agente",
                        "operador",
                        "enlace",
                        "evaluador",
                        "moderador",
                        "experto",
                        "ciudadano")),
                "demo accounts: " + usernames);
    }

    @Test
    void demoAccountsSignInAndPasswordsAreStoredHashed() throws SQLException {
        SignInResult agent = accounts.signIn("agente", DemoData.DEMO_PASSWORD);
        assertTrue(agent.isOk());
        assertEquals(Set.of(Role.AGENTE), agent.roles());
        String hash = strings("select password_hash from user_account where username = 'agente'")
                .get(0);
        assertNotEquals(DemoData.DEMO_PASSWORD, hash);
        assertTrue(hash.startsWith("PBKDF2WithHmacSHA512:"), hash);
        assertEquals(
                SignInResult.Outcome.INVALID,
                accounts.signIn("agente", "not-the-password").outcome());
        assertEquals(
                SignInResult.Outcome.UNKNOWN,
                accounts.signIn("nobody-has-this-name", "demo").outcome());
    }

    @Test
    void wrongPasswordsDoNotLockTheAccountItself() {
        // the lock-out is per user name and source address, where the attempt comes in (PuenteIdentityStore
        // with RateLimits): counted on the account, anybody could keep its owner out
        String email = "bloqueo-" + UUID.randomUUID() + "@example.mx";
        accounts.registerCitizen(new CitizenRegistration("Ana Prueba", email, "contraseña-larga", true));
        for (int i = 0; i < 6; i++) {
            assertEquals(
                    SignInResult.Outcome.INVALID,
                    accounts.signIn(email, "equivocada").outcome());
        }
        assertEquals(
                SignInResult.Outcome.OK,
                accounts.signIn(email, "contraseña-larga").outcome());
    }

    @Test
    void registrationRefusesEveryBadFieldAndSavesNothing() throws SQLException {
        long before = count("select count(*) from user_account");
        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> accounts.registerCitizen(new CitizenRegistration(" ", "no-es-un-correo", "corta", false)));
        assertEquals(
                Set.of("fullName", "email", "password", "privacyConsent"),
                refused.getProblems().stream().map(BusinessException::getField).collect(Collectors.toSet()));
        assertEquals(before, count("select count(*) from user_account"));
    }

    @Test
    void aCitizenRegistersOnceWithConsentRecorded() throws SQLException {
        String email = "Registro-" + UUID.randomUUID() + "@Example.mx";
        accounts.registerCitizen(new CitizenRegistration("Luis Prueba", email, "contraseña-larga", true));
        assertTrue(accounts.signIn(email.toLowerCase(), "contraseña-larga").isOk());
        assertEquals(
                1,
                count("select count(*) from consent c join user_account u on u.id = c.account_id where u.email = '"
                        + email.toLowerCase() + "' and c.accepted_at is not null"));
        InvalidInputException again = assertThrows(
                InvalidInputException.class,
                () -> accounts.registerCitizen(new CitizenRegistration("Otro", email, "contraseña-larga", true)));
        assertEquals("registration.email.taken", again.getProblems().get(0).getMessageKey());
    }

    /**
     * Issue 14: an administrator publishes a new version of Metepec's privacy notice; a registration and a
     * report filed before it keep the version they accepted, those filed after it record the new one, each
     * with its moment, in the same transaction as the data. Publishing is for administrators only.
     */
    @Test
    void consentsRecordTheVersionInForceWhenTheDataCameAndKeepItAfterANewOne() throws Exception {
        long metepec = count("select id from body where code = 'MET'");
        long before = count("select n.id from privacy_notice n where n.body_id = " + metepec
                + " order by n.published_at desc, n.id desc fetch first 1 rows only");
        String beforeLabel =
                strings("select label from privacy_notice where id = " + before).get(0);
        String beforeText = strings("select integral_text from privacy_notice where id = " + before)
                .get(0);

        String earlyEmail = "aviso-antes-" + UUID.randomUUID() + "@example.mx";
        accounts.registerCitizen(new CitizenRegistration("Ana Antes", earlyEmail, "contraseña-larga", true));
        String earlyFolio = intake.file(webReport("Bache antes del aviso nuevo"), Channel.WEB)
                .folio();

        String label = "it-" + UUID.randomUUID().toString().substring(0, 8);
        String integral = "Responsable: el H. Ayuntamiento de Metepec.\n\nDatos: nombre y correo; nunca se publican.";
        assertThrows(
                EJBAccessException.class,
                () -> notices.publish(metepec, label, integral, "Resumen."),
                "only an administrator publishes");
        InvalidInputException taken = assertThrows(
                InvalidInputException.class,
                () -> as("admin", () -> notices.publish(metepec, beforeLabel, integral, "Resumen.")));
        assertEquals(List.of("privacy.label.taken"), keysOf(taken));
        long audited = count("select count(*) from audit_entry where action = 'PRIVACY_NOTICE_PUBLISHED'");
        long published = as("admin", () -> notices.publish(metepec, label, integral, "Resumen del aviso.")
                .getId());
        assertEquals(
                audited + 1,
                count("select count(*) from audit_entry where action = 'PRIVACY_NOTICE_PUBLISHED'"
                        + " and subject_ref = 'MET " + label + "'"));

        String lateEmail = "aviso-despues-" + UUID.randomUUID() + "@example.mx";
        accounts.registerCitizen(new CitizenRegistration("Beto Después", lateEmail, "contraseña-larga", true));
        String lateFolio = intake.file(webReport("Bache después del aviso nuevo"), Channel.WEB)
                .folio();

        assertEquals(
                List.of(before + " WEB"),
                strings("select cast(c.notice_id as varchar(20)) || ' ' || c.channel from consent c"
                        + " join user_account u on u.id = c.account_id where u.email = '" + earlyEmail
                        + "' and c.accepted_at is not null"));
        assertEquals(
                List.of(before + " WEB"),
                strings("select cast(c.notice_id as varchar(20)) || ' ' || c.channel from consent c"
                        + " join service_report r on r.id = c.report_id where r.folio = '" + earlyFolio
                        + "' and c.accepted_at is not null"));
        assertEquals(
                List.of(published + " WEB"),
                strings("select cast(c.notice_id as varchar(20)) || ' ' || c.channel from consent c"
                        + " join user_account u on u.id = c.account_id where u.email = '" + lateEmail
                        + "' and c.accepted_at is not null"));
        assertEquals(
                List.of(published + " WEB"),
                strings("select cast(c.notice_id as varchar(20)) || ' ' || c.channel from consent c"
                        + " join service_report r on r.id = c.report_id where r.folio = '" + lateFolio
                        + "' and c.accepted_at is not null"));
        assertEquals(
                List.of(beforeLabel, label),
                strings("select n.label from consent c join privacy_notice n on n.id = c.notice_id"
                        + " join user_account u on u.id = c.account_id where u.email in ('" + earlyEmail + "', '"
                        + lateEmail + "') order by u.created_at"));
        assertEquals(
                1,
                count("select count(*) from consent c join service_report r on r.id = c.report_id where r.folio = '"
                        + lateFolio + "' and c.accepted_at >= (select published_at from privacy_notice where id = "
                        + published + ")"),
                "accepted after its publication");
        assertEquals(
                beforeText,
                strings("select integral_text from privacy_notice where id = " + before)
                        .get(0),
                "the earlier version is unchanged");
        assertEquals(published, notices.inForce(metepec).orElseThrow().getId());

        String page = page("/aviso-de-privacidad?organismo=MET");
        assertTrue(
                page.contains("Datos: nombre y correo; nunca se publican.") && page.contains("version=" + beforeLabel),
                "the page shows the version in force and lists the earlier one");
        assertTrue(
                page("/aviso-de-privacidad?organismo=MET&version=" + beforeLabel)
                        .contains("privacy-earlier"),
                "an earlier version is shown as such");
        assertTrue(page("/registro").contains("Resumen del aviso."), "the form shows the simplified notice in force");
    }

    private String page(String path) throws Exception {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(URI.create("http://localhost:"
                                        + runnerRequest.getLocalPort() + runnerRequest.getContextPath() + path))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    private NewReport webReport(String description) throws SQLException {
        long service = count("select s.id from public_service s join body b on b.id = s.body_id"
                + " where b.code = 'MET' and s.code = 'bacheo'");
        long colonia = count("select id from colonia where name = 'Barrio de Santa Cruz'");
        return new NewReport(
                service,
                description,
                colonia,
                "Calle " + UUID.randomUUID().toString().substring(0, 6),
                null,
                null,
                null,
                "Vecina Prueba",
                null,
                null,
                true,
                List.of(),
                null);
    }

    @Test
    void anAnonymousCallerSeesNoBodyAndNoStaff() throws SQLException {
        assertTrue(organizations.visibleBodies().isEmpty());
        long metepec = count("select id from body where code = 'MET'");
        assertThrows(AccessDeniedException.class, () -> organizations.body(metepec));
        assertThrows(EJBAccessException.class, () -> staffAccounts.staff(null, 0, 10));
    }

    // ---------------------------------------------------------------------------------------------
    // Accounts (issue 14): the password policy, password links, staff account administration

    @Test
    void thePasswordPolicyGuardsSignUpStaffAccountsAndChanges() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String email = "politica-" + run + "@example.mx";
        assertEquals(
                List.of("password.policy.tooShort"),
                passwordKeys(() ->
                        accounts.registerCitizen(new CitizenRegistration("Ana Prueba", email, "ocho-car", true))));
        assertEquals(
                List.of("password.policy.common"),
                passwordKeys(() ->
                        accounts.registerCitizen(new CitizenRegistration("Ana Prueba", email, "Contraseña123", true))));
        assertEquals(
                List.of("password.policy.containsUsername"),
                passwordKeys(() -> accounts.registerCitizen(
                        new CitizenRegistration("Ana Prueba", email, "x" + email + "x", true))));
        assertEquals(0, count("select count(*) from user_account where email = '" + email + "'"));
        accounts.registerCitizen(new CitizenRegistration("Ana Prueba", email, "doce-caracter", true));

        BusinessException weak = assertThrows(
                BusinessException.class, () -> passwords.changePassword(email, "doce-caracter", "qwerty123456"));
        assertEquals("password.policy.common", keysOf(weak).get(0));
        passwords.changePassword(email, "doce-caracter", "una frase nueva y larga");
        assertTrue(accounts.signIn(email, "una frase nueva y larga").isOk());

        Long metepec = count("select id from body where code = 'MET'");
        InvalidInputException staff = assertThrows(
                InvalidInputException.class,
                () -> as(
                        "admin",
                        () -> staffAccounts.createStaff(new NewStaffAccount(
                                "operadora." + run,
                                "Operadora Prueba",
                                "operadora." + run + "@example.mx",
                                "operadora." + run + "-2026",
                                metepec,
                                null,
                                Set.of(Role.OPERADOR)))));
        assertEquals(List.of("password.policy.containsUsername"), keysOf(staff));
    }

    @Test
    void aForgottenPasswordIsResetWithALinkThatExistsOnlyInTheEmail() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String email = "olvido-" + run + "@example.mx";
        accounts.registerCitizen(new CitizenRegistration("Olga Olvido", email, "mi-clave-de-antes", true));
        long mailBefore = count("select count(*) from outbox_message");
        passwords.requestPasswordReset("nadie-" + run + "@example.mx");
        passwords.requestPasswordReset("no es un correo");
        assertEquals(mailBefore, count("select count(*) from outbox_message"), "no mail for an unknown address");

        passwords.requestPasswordReset(" OLVIDO-" + run.toUpperCase() + "@Example.MX ");
        assertEquals(1, count("select count(*) from outbox_message where recipient = '" + email + "'"));
        String stored = strings("select body from outbox_message where recipient = '" + email + "'")
                .get(0);
        assertTrue(stored.contains("/contrasena?token=[[token]]"), stored);
        assertEquals(
                List.of("RESET"),
                strings("select t.purpose from password_token t join user_account u"
                        + " on u.id = t.account_id where u.email = '" + email + "' and t.token_hash is null"));

        String token = sendAndReadLink(email, "Cambia tu contraseña de Puente", "durante 45 minutos");
        assertNoColumnHolds(token);
        assertEquals(
                new PasswordLinks.LinkState(PasswordToken.State.USABLE, PasswordToken.Purpose.RESET),
                passwords.linkState(token));

        BusinessException weak =
                assertThrows(BusinessException.class, () -> passwords.setPasswordWithToken(token, "123456789012"));
        assertEquals(List.of("password.policy.common"), keysOf(weak));
        assertEquals(
                PasswordToken.State.USABLE, passwords.linkState(token).state(), "a refused password leaves the link");
        assertEquals(email, passwords.setPasswordWithToken(token, "la clave que elegí ahora"));
        assertTrue(accounts.signIn(email, "la clave que elegí ahora").isOk());
        assertEquals(
                SignInResult.Outcome.INVALID,
                accounts.signIn(email, "mi-clave-de-antes").outcome());
        assertEquals(PasswordToken.State.USED, passwords.linkState(token).state());
        BusinessException again = assertThrows(
                BusinessException.class, () -> passwords.setPasswordWithToken(token, "otra clave más larga"));
        assertEquals("password.token.invalid", again.getMessageKey());
        assertEquals(
                PasswordToken.State.UNKNOWN,
                passwords.linkState("no-es-un-token-valido-0123456789").state());

        passwords.requestPasswordReset(email);
        String second = sendAndReadLink(email, "Cambia tu contraseña de Puente", "durante 45 minutos");
        clock.stopAt(Instant.now().plus(Duration.ofMinutes(46)));
        try {
            assertEquals(
                    PasswordToken.State.EXPIRED, passwords.linkState(second).state(), "45 minutes, as configured");
            assertThrows(BusinessException.class, () -> passwords.setPasswordWithToken(second, "otra clave más larga"));
        } finally {
            clock.release();
        }
    }

    @Test
    void anInvitationKeepsNoLinkInTheOutboxAndItsLinkSetsThePassword() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String email = "invitada." + run + "@example.mx";
        UserAccount invited = as("evaluador", () -> {
            Body salud = organizations.visibleBodies().stream()
                    .filter(b -> b.getCode().equals(DemoData.DEPENDENCY))
                    .findFirst()
                    .orElseThrow();
            return accounts.invite("Dra. Invitada " + run, email, salud, null, Role.EXPERTO);
        });
        assertEquals("invitada." + run, invited.getUsername());
        String stored = strings("select body from outbox_message where recipient = '" + email + "'")
                .get(0);
        assertTrue(stored.contains("/contrasena?token=[[token]]"), stored);
        String token = sendAndReadLink(email, "Tu cuenta de Puente", "usuario \"invitada." + run + "\"");
        assertNoColumnHolds(token);
        assertEquals(
                PasswordToken.Purpose.INVITATION, passwords.linkState(token).purpose());
        assertEquals(invited.getUsername(), passwords.setPasswordWithToken(token, "clave de la experta " + run));
        assertTrue(accounts.signIn(email, "clave de la experta " + run).isOk());
    }

    @Test
    void anAdministratorEditsDeactivatesUnlocksAndResetsAStaffAccount() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String username = "operadora." + run;
        Long metepec = count("select id from body where code = 'MET'");
        Long agency = count("select id from body where code = 'ADEM'");
        as(
                "admin",
                () -> staffAccounts.createStaff(new NewStaffAccount(
                        username,
                        "Operadora Prueba",
                        username + "@example.mx",
                        "clave inicial de prueba",
                        metepec,
                        null,
                        Set.of(Role.OPERADOR))));
        assertEquals(0, count("select session_version from user_account where username = '" + username + "'"));
        assertEquals(0, accounts.sessionVersion(username).getAsInt());

        InvalidInputException agencyOnly = assertThrows(
                InvalidInputException.class,
                () -> doAs(
                        "admin",
                        () -> staffAccounts.updateStaff(
                                new EditStaffAccount(username, "Operadora", null, metepec, null, Set.of(Role.ADMIN)))));
        assertEquals(List.of("staff.roles.agencyOnly"), keysOf(agencyOnly));
        assertThrows(
                EJBAccessException.class,
                () -> doAs(
                        "gerente",
                        () -> staffAccounts.updateStaff(new EditStaffAccount(
                                username, "Operadora", null, metepec, null, Set.of(Role.GERENTE)))),
                "a manager sees his body's staff but does not edit them");
        assertThrows(EJBAccessException.class, () -> doAs("gerente", () -> staffAccounts.setActive(username, false)));

        doAs(
                "admin",
                () -> staffAccounts.updateStaff(new EditStaffAccount(
                        username,
                        "Rosa Operadora Pérez",
                        "rosa." + run + "@example.mx",
                        metepec,
                        null,
                        Set.of(Role.OPERADOR))));
        assertEquals(
                List.of("Rosa Operadora Pérez|rosa." + run + "@example.mx|0"),
                strings("select full_name || '|' || email"
                        + " || '|' || session_version from user_account where username = '" + username + "'"),
                "name and e-mail leave the open sessions alone");
        doAs(
                "admin",
                () -> staffAccounts.updateStaff(new EditStaffAccount(
                        username,
                        "Rosa Operadora Pérez",
                        "rosa." + run + "@example.mx",
                        metepec,
                        null,
                        Set.of(Role.OPERADOR, Role.GERENTE))));
        assertEquals(1, accounts.sessionVersion(username).getAsInt(), "new roles: open sessions end");
        assertEquals(
                Set.of(Role.OPERADOR, Role.GERENTE),
                accounts.signIn(username, "clave inicial de prueba").roles());

        doAs("admin", () -> staffAccounts.setActive(username, false));
        assertTrue(accounts.sessionVersion(username).isEmpty(), "deactivated: no session goes on");
        assertEquals(
                SignInResult.Outcome.INACTIVE,
                accounts.signIn(username, "clave inicial de prueba").outcome());
        passwords.requestPasswordReset("rosa." + run + "@example.mx");
        assertEquals(
                0,
                count("select count(*) from outbox_message where recipient = 'rosa." + run + "@example.mx'"),
                "no reset link for a deactivated account");
        doAs("admin", () -> staffAccounts.setActive(username, true));
        assertTrue(accounts.signIn(username, "clave inicial de prueba").isOk());

        // Five failures of the name from one address lock it there (the identity store counts them in
        // the rate limits); the administrator sees the lock and lifts it for every address.
        assertFalse(as("admin", () -> staffAccounts.isLocked(username)));
        for (int i = 0; i < 5; i++) {
            assertTrue(limits.take(org.puente.abuse.Limit.SIGN_IN_ACCOUNT, username + "|10.9.8.7")
                    .allowed());
        }
        assertFalse(limits.take(org.puente.abuse.Limit.SIGN_IN_ACCOUNT, username + "|10.9.8.7")
                .allowed());
        assertTrue(as("admin", () -> staffAccounts.isLocked(username)));
        doAs("admin", () -> staffAccounts.unlock(username));
        assertFalse(as("admin", () -> staffAccounts.isLocked(username)), "unlocked");
        assertTrue(
                limits.take(org.puente.abuse.Limit.SIGN_IN_ACCOUNT, username + "|10.9.8.7")
                        .allowed(),
                "the address may try that name again");
        assertTrue(accounts.signIn(username, "clave inicial de prueba").isOk());

        doAs("admin", () -> passwords.sendPasswordReset(username));
        assertEquals(
                1,
                count("select count(*) from outbox_message where recipient = 'rosa." + run + "@example.mx'"
                        + " and subject = 'Cambia tu contraseña de Puente'"));

        BusinessException self = assertThrows(
                BusinessException.class, () -> doAs("admin", () -> staffAccounts.setActive("admin", false)));
        assertEquals(List.of("staff.self"), keysOf(self));
        BusinessException ownRole = assertThrows(
                BusinessException.class,
                () -> doAs(
                        "admin",
                        () -> staffAccounts.updateStaff(new EditStaffAccount(
                                "admin",
                                "Administrador",
                                "admin@demo.puente.mx",
                                agency,
                                null,
                                Set.of(Role.EVALUADOR)))));
        assertEquals(List.of("staff.self"), keysOf(ownRole));
        assertEquals(
                List.of("ADMIN"),
                strings("select r.role from user_role r join user_account u on u.id = r.user_id"
                        + " where u.username = 'admin'"));
        assertTrue(accounts.sessionVersion("admin").isPresent());
    }

    @Test
    void aSecondFactorIsConfirmedAcceptsEachCodeOnceIsResetAndRequiredPerRole() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String username = "totp." + run;
        Long metepec = count("select id from body where code = 'MET'");
        as(
                "admin",
                () -> staffAccounts.createStaff(new NewStaffAccount(
                        username,
                        "Tomás Prueba",
                        username + "@example.mx",
                        "clave inicial de prueba",
                        metepec,
                        null,
                        Set.of(Role.OPERADOR))));
        // the demo password, so that SignedInCalls can sign the account in
        update(
                "update user_account set password_hash = (select password_hash from user_account where username = 'operador')"
                        + " where username = '" + username + "'");
        assertTrue(
                accounts.signIn(username, DemoData.DEMO_PASSWORD).isOk(),
                "the demo installation requires no code unless chosen");
        assertTrue(twoFactorPolicy.isDemoInstallation());

        Instant t0 = Instant.ofEpochSecond(Instant.now().getEpochSecond() / 30 * 30 + 5);
        clock.stopAt(t0);
        try {
            Totp totp = Totp.standard();
            String secret = twoFactor.newSecret();
            byte[] key = Totp.fromBase32(secret);
            BusinessException wrong = assertThrows(
                    BusinessException.class, () -> doAs(username, () -> twoFactor.enrol(secret, wrongCode(key, t0))));
            assertEquals(List.of("twoFactor.code.invalid"), keysOf(wrong));
            assertEquals(
                    1,
                    count("select count(*) from user_account where username = '" + username
                            + "' and totp_secret is null"),
                    "not switched on before a right code");
            doAs(username, () -> twoFactor.enrol(secret, totp.code(key, t0)));
            String stored = strings("select totp_secret from user_account where username = '" + username + "'")
                    .get(0);
            assertTrue(stored.startsWith("b32:") || stored.startsWith("gcm:"), stored);

            SignInResult half = accounts.signIn(username, DemoData.DEMO_PASSWORD);
            assertEquals(SignInResult.Outcome.CODE_REQUIRED, half.outcome());
            assertEquals(Set.of(), half.roles(), "a right password alone grants nothing");
            assertThrows(
                    IllegalStateException.class,
                    () -> doAs(username, () -> {}),
                    "no path that knows only the password signs the account in");
            assertEquals(
                    SignInResult.Outcome.INVALID,
                    twoFactor.completeSignIn(username, wrongCode(key, t0), null).outcome());
            assertEquals(
                    SignInResult.Outcome.INVALID,
                    twoFactor.completeSignIn(username, totp.code(key, t0), null).outcome(),
                    "the code that switched it on is used");
            String next = totp.code(key, t0.plusSeconds(30));
            SignInResult full = twoFactor.completeSignIn(username, next, null);
            assertTrue(full.isOk(), "the next step's code, within the window of one step");
            assertEquals(Set.of(Role.OPERADOR), full.roles());
            assertEquals(
                    SignInResult.Outcome.INVALID,
                    twoFactor.completeSignIn(username, next, null).outcome(),
                    "replayed");
            assertEquals(
                    SignInResult.Outcome.INVALID,
                    twoFactor
                            .completeSignIn(username, totp.code(key, t0.plusSeconds(90)), null)
                            .outcome(),
                    "three steps ahead");

            // The pages, as a browser uses them: the password, then the code on /login/codigo.
            Instant t1 = t0.plusSeconds(150);
            clock.stopAt(t1);
            Browser browser = new Browser();
            assertEquals("/login/codigo", browser.signIn(username, DemoData.DEMO_PASSWORD));
            browser.assertSignedOut();
            String codePage = browser.get("/login/codigo").body();
            assertTrue(
                    codePage.contains("autocomplete=\"one-time-code\"") && codePage.contains("inputmode=\"numeric\""),
                    codePage);
            assertFalse(codePage.contains("totp-qr"), "no new secret for an account that has one");
            String refusedCode = browser.submit(
                            "/login/codigo", "verification", Map.of("verification:code", wrongCode(key, t1)))
                    .body();
            assertTrue(refusedCode.contains("no es correcto"), refusedCode);
            assertEquals(
                    "/staff/",
                    browser.location(browser.submit(
                            "/login/codigo", "verification", Map.of("verification:code", totp.code(key, t1)))));
            String accountPage = browser.get("/staff/cuenta").body();
            assertTrue(
                    accountPage.contains("id=\"two-factor-title\"") && accountPage.contains("Activada desde"),
                    accountPage);
            Browser anonymous = new Browser();
            assertEquals(
                    "/login",
                    anonymous.location(anonymous.get("/login/codigo")),
                    "no code page without a right password");

            // Wrong codes are limited per account (5 in 15 minutes), wherever they come from.
            limits.forget(org.puente.abuse.Limit.SIGN_IN_CODE, username);
            Browser guesser = new Browser();
            assertEquals("/login/codigo", guesser.signIn(username, DemoData.DEMO_PASSWORD));
            guesser.get("/login/codigo");
            for (int i = 0; i < 5; i++) {
                String answer = guesser.submit(
                                "/login/codigo", "verification", Map.of("verification:code", wrongCode(key, t1)))
                        .body();
                assertTrue(answer.contains("no es correcto"), "try " + i + ": " + answer);
            }
            String refused = guesser.submit(
                            "/login/codigo",
                            "verification",
                            Map.of("verification:code", totp.code(key, t1.plusSeconds(30))))
                    .body();
            assertTrue(refused.contains("Demasiados intentos"), refused);
            limits.forget(org.puente.abuse.Limit.SIGN_IN_CODE, username);

            // An administrator resets it: the password alone works again (the role requires nothing).
            assertThrows(EJBAccessException.class, () -> doAs("gerente", () -> twoFactor.reset(username)));
            doAs("admin", () -> twoFactor.reset(username));
            assertTrue(accounts.signIn(username, DemoData.DEMO_PASSWORD).isOk());
            assertEquals(
                    1,
                    count("select count(*) from audit_entry where action = 'ACCOUNT_CHANGED' and subject_ref = '"
                            + username + "' and detail = 'second factor reset' and actor_name = 'admin'"));

            // A role that requires it: set up right after the password, before anything else.
            doAs("admin", () -> twoFactorPolicy.require(Role.OPERADOR, true));
            try {
                assertEquals(
                        SignInResult.Outcome.ENROLMENT_REQUIRED,
                        accounts.signIn(username, DemoData.DEMO_PASSWORD).outcome());
                assertEquals(
                        SignInResult.Outcome.ENROLMENT_REQUIRED,
                        accounts.signIn("operador", DemoData.DEMO_PASSWORD).outcome());
                assertTrue(accounts.signIn("gerente", DemoData.DEMO_PASSWORD).isOk(), "other roles are left alone");
                Instant t2 = t0.plusSeconds(300);
                clock.stopAt(t2);
                Browser enrolling = new Browser();
                assertEquals("/login/codigo", enrolling.signIn(username, DemoData.DEMO_PASSWORD));
                enrolling.assertSignedOut();
                String enrolPage = enrolling.get("/login/codigo").body();
                assertTrue(enrolPage.contains("src=\"data:image/svg+xml;base64,"), enrolPage);
                Matcher shown =
                        Pattern.compile("id=\"totp-secret\"[^>]*>([A-Z2-7 ]+)<").matcher(enrolPage);
                assertTrue(shown.find(), enrolPage);
                byte[] newKey = Totp.fromBase32(shown.group(1));
                assertTrue(
                        enrolPage.contains("otpauth://totp/Puente:" + username + "?secret="
                                + shown.group(1).replace(" ", "")),
                        enrolPage);
                assertEquals(
                        "/staff/",
                        enrolling.location(enrolling.submit(
                                "/login/codigo", "verification", Map.of("verification:code", totp.code(newKey, t2)))));
                String ownPage = enrolling.get("/staff/cuenta").body();
                assertTrue(ownPage.contains("Tu cargo la exige") && !ownPage.contains("twoFactor:disable"), ownPage);
                assertEquals(
                        SignInResult.Outcome.CODE_REQUIRED,
                        accounts.signIn(username, DemoData.DEMO_PASSWORD).outcome());
            } finally {
                doAs("admin", () -> twoFactorPolicy.require(Role.OPERADOR, false));
            }
            assertTrue(accounts.signIn("operador", DemoData.DEMO_PASSWORD).isOk());
            assertEquals(
                    2,
                    count("select count(*) from audit_entry where action = 'ACCOUNT_CHANGED' and subject_type = 'role'"
                            + " and subject_ref = 'OPERADOR'"));
        } finally {
            clock.release();
        }
    }

    /** A six-digit code that is none of the codes accepted around this instant. */
    private static String wrongCode(byte[] key, Instant at) {
        Set<String> valid = Set.of(
                Totp.standard().code(key, at.minusSeconds(30)),
                Totp.standard().code(key, at),
                Totp.standard().code(key, at.plusSeconds(30)));
        return Stream.of("000000", "111111", "222222", "333333")
                .filter(c -> !valid.contains(c))
                .findFirst()
                .orElseThrow();
    }

    /**
     * Payara 6's built-in form mechanism ({@code @AutoApplySession}) kept the session's principal in a security
     * context that threads share, and a staff request that ran while an anonymous one ended lost its roles: "No
     * tienes acceso" at random (Payara FISH-7515; the CI saw it once). Three staff sessions ask for the intranet
     * 120 times while six citizens browse public pages: every answer is the page.
     */
    @Test
    void staffKeepTheirRolesWhileCitizensBrowseAtTheSameTime() throws Exception {
        List<String> names = List.of("agente", "gerente", "comunicacion");
        List<Browser> staff = new java.util.ArrayList<>();
        for (String name : names) {
            Browser browser = new Browser();
            assertEquals("/staff/", browser.signIn(name, DemoData.DEMO_PASSWORD), name);
            staff.add(browser);
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(9);
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicInteger anonymous = new java.util.concurrent.atomic.AtomicInteger();
        try {
            List<java.util.concurrent.Future<Integer>> citizens = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Browser citizen = new Browser(); // made here: a browser reads the address from this request
                citizens.add(pool.submit(() -> {
                    while (!done.get()) {
                        assertEquals(200, citizen.get("/aviso-de-privacidad").statusCode());
                        anonymous.incrementAndGet();
                    }
                    return 0;
                }));
            }
            List<java.util.concurrent.Future<List<String>>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < staff.size(); i++) {
                Browser browser = staff.get(i);
                String name = names.get(i);
                answers.add(pool.submit(() -> {
                    List<String> refused = new java.util.ArrayList<>();
                    for (int n = 0; n < 40; n++) {
                        HttpResponse<String> page = browser.get("/staff/");
                        if (page.statusCode() != 200) {
                            refused.add(name + " " + page.statusCode());
                        }
                    }
                    return refused;
                }));
            }
            List<String> refused = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<List<String>> answer : answers) {
                refused.addAll(answer.get(5, java.util.concurrent.TimeUnit.MINUTES));
            }
            done.set(true);
            for (java.util.concurrent.Future<Integer> citizen : citizens) {
                citizen.get(1, java.util.concurrent.TimeUnit.MINUTES);
            }
            assertEquals(List.of(), refused, "120 staff requests, all answered");
            assertTrue(anonymous.get() > 0, "citizens browsed meanwhile");
        } finally {
            done.set(true);
            pool.shutdownNow();
        }
    }

    /** A visitor's browser on the deployment: its cookies, JSF forms posted with their view state, no redirect followed. */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        private final String base = "http://localhost:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath();
        private String lastPage = "";

        HttpResponse<String> get(String path) throws Exception {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Accept-Language", "es-MX")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            lastPage = response.body();
            return response;
        }

        /** Posts a form of the page last read (its view state and button "FORM:submit") with these fields. */
        HttpResponse<String> submit(String path, String form, Map<String, String> fields) throws Exception {
            Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                    .matcher(lastPage);
            assertTrue(state.find(), "a JSF form on the page: " + lastPage);
            Map<String, String> all = new java.util.LinkedHashMap<>(fields);
            all.put(form, form);
            all.put(form + ":submit", "x");
            all.put("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"));
            String body = all.entrySet().stream()
                    .map(e -> java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8) + "="
                            + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Accept-Language", "es-MX")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                lastPage = response.body();
            }
            return response;
        }

        /** The password step of /login; returns where it sends the visitor. */
        String signIn(String username, String password) throws Exception {
            get("/login");
            return location(submit("/login", "login", Map.of("login:username", username, "login:password", password)));
        }

        /** Nothing of the intranet before the second step: the account page is not shown. */
        void assertSignedOut() throws Exception {
            HttpResponse<String> page = get("/staff/cuenta");
            assertFalse(
                    page.statusCode() == 200 && page.body().contains("id=\"data-title\""),
                    "signed out: " + page.body());
            assertFalse(page.body().contains("id=\"two-factor-title\""), page.body());
        }

        /** The path (without the context path and query) a redirect points at. */
        String location(HttpResponse<String> response) {
            assertEquals(
                    302,
                    response.statusCode(),
                    response.uri() + " " + response.headers().map() + " " + response.body());
            String path = URI.create(response.headers().firstValue("Location").orElseThrow())
                    .getPath();
            return path.substring(runnerRequest.getContextPath().length());
        }
    }

    /** Sends what is due to GreenMail and returns the token of the one link in the e-mail to this address. */
    private String sendAndReadLink(String recipient, String subject, String expectedText) throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            int rounds = 0;
            while (mailer.sendDue() > 0) {
                assertTrue(++rounds < 40, "the outbox empties within 40 batches");
            }
            List<String> tokens = new java.util.ArrayList<>();
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (recipient.equals(((InternetAddress) m.getAllRecipients()[0]).getAddress())
                        && subject.equals(m.getSubject())) {
                    String text = String.valueOf(m.getContent()).replace("\r\n", "\n");
                    assertTrue(text.contains(expectedText), text);
                    Matcher link = LINK.matcher(text);
                    assertTrue(link.find(), text);
                    tokens.add(link.group(1));
                }
            }
            // normally one; MailTimers may send the same message at the same moment, and the last token wins
            assertFalse(tokens.isEmpty(), "GreenMail received the mail for " + recipient);
            List<String> usable =
                    tokens.stream().filter(passwords::isUsableToken).toList();
            assertEquals(1, usable.size(), "exactly one link works: " + tokens);
            return usable.get(0);
        } finally {
            smtp.stop();
        }
    }

    /** No column of the outbox or the token table holds the token (only its SHA-256 is kept). */
    private void assertNoColumnHolds(String token) throws SQLException {
        assertEquals(
                0,
                count("select count(*) from outbox_message where body like '%" + token + "%'"
                        + " or subject like '%" + token + "%' or recipient like '%" + token + "%'"
                        + " or coalesce(last_error, '') like '%" + token + "%'"));
        assertEquals(0, count("select count(*) from password_token where token_hash = '" + token + "'"));
        assertEquals(
                1, count("select count(*) from password_token where token_hash = '" + SecretTokens.hash(token) + "'"));
    }

    private static List<String> passwordKeys(Runnable registration) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, registration::run);
        return refused.getProblems().stream()
                .filter(p -> "password".equals(p.getField()))
                .map(BusinessException::getMessageKey)
                .toList();
    }

    private static List<String> keysOf(BusinessException refusal) {
        return refusal instanceof InvalidInputException invalid
                ? invalid.getProblems().stream()
                        .map(BusinessException::getMessageKey)
                        .toList()
                : List.of(refusal.getMessageKey());
    }

    private interface Work {
        void run() throws Exception;
    }

    private <T> T as(String username, Callable<T> part) throws Exception {
        URI servlet = URI.create(
                "http://localhost:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath() + "/it/signed-in");
        return SignedInCalls.as(servlet, username, part);
    }

    private void doAs(String username, Work part) throws Exception {
        as(username, () -> {
            part.run();
            return null;
        });
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private int update(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            return s.executeUpdate();
        }
    }

    private List<String> strings(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            List<String> values = new java.util.ArrayList<>();
            while (r.next()) {
                values.add(r.getString(1));
            }
            return values;
        }
    }
}
