package org.puente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
import org.puente.identity.Role;
import org.puente.identity.SignInResult;
import org.puente.organization.OrganizationService;
import org.puente.platform.AccessDeniedException;
import org.puente.platform.BusinessException;
import org.puente.platform.DemoData;
import org.puente.platform.InvalidInputException;

/**
 * The real WAR (target/puente.war, with the EJB and persistence jars inside) on a real Payara Micro
 * with its embedded H2 database: migrations, demo data, accounts, sign-in and body scoping.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("puente.war")))
                .addClass(PlatformIT.class)
                .addAsResource(new StringAsset("puente.demo=true\n"), "META-INF/microprofile-config.properties");
    }

    @Inject
    private AccountService accounts;

    @Inject
    private DemoData demoData;

    @Inject
    private OrganizationService organizations;

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
        assertEquals(27, count("select count(*) from public_service s join body b on b.id = s.body_id where b.code = 'MET'"));
        assertEquals(1, count("select count(*) from body where code = 'MET'"));
        assertTrue(count("select count(*) from colonia") >= 20);
        assertTrue(count("select count(*) from holiday") >= 7, "official holidays are in the calendars");
        Set<String> usernames = Set.copyOf(strings("select username from user_account"));
        assertTrue(usernames.containsAll(Set.of("admin", "gerente", "agente", "operador", "enlace", "evaluador",
                "moderador", "experto", "ciudadano")), "demo accounts: " + usernames);
    }

    @Test
    void demoAccountsSignInAndPasswordsAreStoredHashed() throws SQLException {
        SignInResult agent = accounts.signIn("agente", DemoData.DEMO_PASSWORD);
        assertTrue(agent.isOk());
        assertEquals(Set.of(Role.AGENTE), agent.roles());
        String hash = strings("select password_hash from user_account where username = 'agente'").get(0);
        assertNotEquals(DemoData.DEMO_PASSWORD, hash);
        assertTrue(hash.startsWith("PBKDF2WithHmacSHA512:"), hash);
        assertEquals(SignInResult.Outcome.INVALID, accounts.signIn("agente", "not-the-password").outcome());
        assertEquals(SignInResult.Outcome.INVALID, accounts.signIn("nobody-has-this-name", "demo").outcome());
    }

    @Test
    void wrongPasswordsDoNotLockTheAccountItself() {
        // the lock-out is per user name and source address, where the attempt comes in (PuenteIdentityStore
        // with RateLimits): counted on the account, anybody could keep its owner out
        String email = "bloqueo-" + UUID.randomUUID() + "@example.mx";
        accounts.registerCitizen(new CitizenRegistration("Ana Prueba", email, "contraseña-larga", true));
        for (int i = 0; i < 6; i++) {
            assertEquals(SignInResult.Outcome.INVALID, accounts.signIn(email, "equivocada").outcome());
        }
        assertEquals(SignInResult.Outcome.OK, accounts.signIn(email, "contraseña-larga").outcome());
    }

    @Test
    void registrationRefusesEveryBadFieldAndSavesNothing() throws SQLException {
        long before = count("select count(*) from user_account");
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> accounts.registerCitizen(new CitizenRegistration(" ", "no-es-un-correo", "corta", false)));
        assertEquals(Set.of("fullName", "email", "password", "privacyConsent"),
                refused.getProblems().stream().map(BusinessException::getField).collect(Collectors.toSet()));
        assertEquals(before, count("select count(*) from user_account"));
    }

    @Test
    void aCitizenRegistersOnceWithConsentRecorded() throws SQLException {
        String email = "Registro-" + UUID.randomUUID() + "@Example.mx";
        accounts.registerCitizen(new CitizenRegistration("Luis Prueba", email, "contraseña-larga", true));
        assertTrue(accounts.signIn(email.toLowerCase(), "contraseña-larga").isOk());
        assertEquals(1, count("select count(*) from user_account where email = '" + email.toLowerCase()
                + "' and privacy_consent_at is not null and privacy_notice_version is not null"));
        InvalidInputException again = assertThrows(InvalidInputException.class,
                () -> accounts.registerCitizen(new CitizenRegistration("Otro", email, "contraseña-larga", true)));
        assertEquals("registration.email.taken", again.getProblems().get(0).getMessageKey());
    }

    @Test
    void anAnonymousCallerSeesNoBodyAndNoStaff() throws SQLException {
        assertTrue(organizations.visibleBodies().isEmpty());
        long metepec = count("select id from body where code = 'MET'");
        assertThrows(AccessDeniedException.class, () -> organizations.body(metepec));
        assertThrows(EJBAccessException.class, () -> accounts.staff(null, 0, 10));
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private List<String> strings(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            List<String> values = new java.util.ArrayList<>();
            while (r.next()) {
                values.add(r.getString(1));
            }
            return values;
        }
    }
}
