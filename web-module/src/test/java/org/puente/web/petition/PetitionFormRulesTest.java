package org.puente.web.petition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.casework.CaseIdentity;
import org.puente.petition.PetitionType;

/** The public petition form's own rules: the identities it offers per type, and the attention hours in words. */
class PetitionFormRulesTest {

    @Test
    void anonymityIsOfferedOnlyForSuggestionsAndDenuncias() {
        List<CaseIdentity> named = List.of(CaseIdentity.IDENTIFIED, CaseIdentity.RESERVED);
        List<CaseIdentity> all = List.of(CaseIdentity.IDENTIFIED, CaseIdentity.RESERVED, CaseIdentity.ANONYMOUS);
        assertEquals(named, PetitionForm.identitiesFor(PetitionType.PETICION));
        assertEquals(named, PetitionForm.identitiesFor(PetitionType.QUEJA));
        assertEquals(named, PetitionForm.identitiesFor(PetitionType.RECLAMO));
        assertEquals(all, PetitionForm.identitiesFor(PetitionType.SUGERENCIA));
        assertEquals(all, PetitionForm.identitiesFor(PetitionType.DENUNCIA));
        // before a type is chosen every identity shows; the service refuses a wrong combination on its field
        assertEquals(all, PetitionForm.identitiesFor(null));
    }
}
