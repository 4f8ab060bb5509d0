package org.puente.web.engagement;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import org.puente.engagement.EngagementKind;
import org.puente.engagement.EngagementLetter;
import org.puente.engagement.EngagementRules;
import org.puente.engagement.NewRequest;
import org.puente.engagement.PersonRow;
import org.puente.engagement.RequestIntake;
import org.puente.engagement.RequestQueries;
import org.puente.engagement.RequestReceipt;
import org.puente.platform.BusinessException;
import org.puente.web.platform.Texts;

/**
 * /staff/solicitud-nueva: an Enlace asks for a chat or forum. Every refused field is shown beside
 * it and nothing typed is lost (a letter already uploaded is kept until another one replaces it).
 *
 * <p>Over ~150 lines: the form's own fields, the chat or forum proposal and the letter upload are one form posted at once; the expert's fields are already in ExpertContactInput.
 */
@Named
@ViewScoped
public class RequestForm implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Bytes read of an upload at most: beyond the 5 MB limit, enough to say it is too large. */
    private static final int READ_LIMIT = EngagementLetter.MAX_BYTES + 1;

    @Inject
    private RequestIntake intake;

    @Inject
    private RequestQueries queries;

    @Inject
    private Texts texts;

    private EngagementKind kind = EngagementKind.CHAT;
    private final ProposalInput proposal = new ProposalInput();
    private final ExpertContactInput expert = new ExpertContactInput();
    private String notes;
    private transient Part letterUpload;
    private byte[] letter;
    private String letterName;
    private List<PersonRow> experts;
    private List<EngagementRules.Window> windows;

    @PostConstruct
    void init() {
        experts = queries.experts();
        windows = queries.windows();
    }

    public String submit() {
        try {
            readUpload();
        } catch (IOException e) {
            texts.error("request:letter", "engagement.letter.unreadable");
            return null;
        }
        try {
            RequestReceipt receipt = intake.file(new NewRequest(
                    kind,
                    proposal.topicList(),
                    proposal.schedule(kind),
                    expert.getAccountId(),
                    expert.getName(),
                    expert.getPosition(),
                    expert.getEmail(),
                    expert.getPhone(),
                    notes,
                    letterName,
                    letter));
            texts.info("engagement.filed", receipt.folio());
            return "/staff/solicitud?faces-redirect=true&id=" + receipt.id();
        } catch (BusinessException refusal) {
            if (mentions(refusal, "letter")) {
                letter = null;
                letterName = null;
            }
            texts.show(refusal, "request");
            return null;
        }
    }

    /** Leaves out the letter uploaded before. */
    public void removeLetter() {
        letter = null;
        letterName = null;
    }

    private void readUpload() throws IOException {
        if (letterUpload == null || letterUpload.getSize() == 0) {
            return;
        }
        try (InputStream in = letterUpload.getInputStream()) {
            letter = in.readNBytes(READ_LIMIT);
        }
        String submitted = letterUpload.getSubmittedFileName();
        letterName = submitted == null || submitted.isBlank()
                ? "oficio.pdf"
                : Path.of(submitted.replace('\\', '/')).getFileName().toString();
        letterUpload = null;
    }

    private static boolean mentions(BusinessException refusal, String field) {
        if (refusal instanceof org.puente.platform.InvalidInputException invalid) {
            return invalid.getProblems().stream().anyMatch(p -> field.equals(p.getField()));
        }
        return field.equals(refusal.getField());
    }

    public boolean isChat() {
        return kind != EngagementKind.FORUM;
    }

    public EngagementKind[] getKinds() {
        return EngagementKind.values();
    }

    public List<PersonRow> getExperts() {
        return experts;
    }

    public List<EngagementRules.Window> getWindows() {
        return windows;
    }

    public EngagementKind getKind() {
        return kind;
    }

    public void setKind(EngagementKind kind) {
        this.kind = kind;
    }

    public ProposalInput getProposal() {
        return proposal;
    }

    public ExpertContactInput getExpert() {
        return expert;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Part getLetterUpload() {
        return letterUpload;
    }

    public void setLetterUpload(Part letterUpload) {
        this.letterUpload = letterUpload;
    }

    public String getLetterName() {
        return letterName;
    }

    public boolean isLetterKept() {
        return letter != null;
    }
}
