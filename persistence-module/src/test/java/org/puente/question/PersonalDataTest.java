package org.puente.question;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.puente.question.PersonalData.Kind;

/** Hand-written questions with and without personal data, and what the detector says of each. */
class PersonalDataTest {

    @Test
    void findsTheIdentityNumbersOfMexico() {
        assertEquals(Set.of(Kind.CURP), PersonalData.kinds("Mi CURP es GODE561231HDFRRN09, ¿ya salió mi apoyo?"));
        assertEquals(Set.of(Kind.CURP), PersonalData.kinds("curp: lopm800101mmcprr02"));
        assertEquals(Set.of(Kind.RFC), PersonalData.kinds("Facturé con el RFC GODE561231AB7 y no aparece"));
        assertEquals(Set.of(Kind.RFC), PersonalData.kinds("mi rfc es LOPM800101"));
        assertEquals(Set.of(Kind.NSS), PersonalData.kinds("Mi NSS 12345678901 no aparece en el padrón"));
        assertEquals(Set.of(Kind.NSS), PersonalData.kinds("NSS: 1234 5678 901"));
    }

    @Test
    void findsFoliosPhonesAndAddresses() {
        assertEquals(Set.of(Kind.FOLIO), PersonalData.kinds("¿Qué pasó con mi reporte MET-2026-000123?"));
        assertEquals(Set.of(Kind.FOLIO), PersonalData.kinds("La petición met-pqr-2026-000045 sigue sin respuesta"));
        assertEquals(Set.of(Kind.TELEFONO), PersonalData.kinds("Llámenme al 7221234567 por favor"));
        assertEquals(Set.of(Kind.TELEFONO), PersonalData.kinds("Mi número: 722 123 45 67"));
        assertEquals(Set.of(Kind.TELEFONO), PersonalData.kinds("Tel. 722-123-4567"));
        assertEquals(Set.of(Kind.TELEFONO), PersonalData.kinds("whatsapp +52 722 123 4567"));
        assertEquals(Set.of(Kind.TELEFONO), PersonalData.kinds("(722) 123-4567"));
        assertEquals(Set.of(Kind.CORREO), PersonalData.kinds("escríbanme a juan.perez+tramites@correo.com.mx"));
        assertEquals(
                EnumSet.of(Kind.CURP, Kind.CORREO, Kind.TELEFONO),
                PersonalData.kinds("Soy GODE561231HDFRRN09, tel 7221234567, correo a@b.mx"));
    }

    @Test
    void anOrdinaryQuestionHasNone() {
        assertEquals(Set.of(), PersonalData.kinds("¿Hasta cuándo hay descuento del 8% en el predial de 2026?"));
        assertEquals(Set.of(), PersonalData.kinds("¿Cuánto cuesta la licencia de funcionamiento? Me dijeron $1,500"));
        assertEquals(Set.of(), PersonalData.kinds("El horario es de 9:00 a 15:00, ¿abren el 12 de diciembre?"));
        assertEquals(Set.of(), PersonalData.kinds("¿El programa 65 y más sigue en 2026?"));
        assertEquals(Set.of(), PersonalData.kinds(""));
        assertEquals(Set.of(), PersonalData.kinds(null));
    }

    @Test
    void masksWhatItFinds() {
        assertEquals(
                "Mi CURP es [dato personal] y mi teléfono [dato personal].",
                PersonalData.masked("Mi CURP es GODE561231HDFRRN09 y mi teléfono 722 123 45 67.", "[dato personal]"));
        assertEquals("Nada que ocultar", PersonalData.masked("Nada que ocultar", "[x]"));
    }
}
