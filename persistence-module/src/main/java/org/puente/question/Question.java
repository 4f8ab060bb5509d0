package org.puente.question;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.puente.hoax.Hoax;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.platform.RuleViolation;

/**
 * A question asked in public to a body (issue 13, item 1), so that one answer serves everyone who has the same
 * doubt. It is asked by an account holder or under a nickname whose e-mail is confirmed first; a moderator
 * publishes it, rejects it or says it is a personal case; the body's communication staff answer it. A question
 * whose text carries personal data ({@link PersonalData}) is a personal case from the start and is never published
 * while the data are there. Each answer is a version ({@link Answer}): a new one supersedes the one before, and
 * the current one can be marked outdated. Every step is a line of its history ({@link QuestionStep}).
 */
@Entity
@Table(name = "public_question")
@NamedQuery(name = "Question.byConfirmation", query = "select q from Question q where q.confirmationHash = :hash")
@NamedQuery(
        name = "Question.answeredBodies",
        query = "select distinct q.body from Question q where q.status = org.puente.question.QuestionStatus.RESPONDIDA")
public class Question {

    public static final int MAX_TEXT = 2000;
    public static final int MAX_NICKNAME = 40;

    @Id
    @SequenceGenerator(name = "public_question_seq", sequenceName = "public_question_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "public_question_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "body_id", nullable = false, updatable = false)
    private Body body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QuestionTopic topic;

    @Column(nullable = false, length = MAX_TEXT)
    private String text;

    /** The account that asked, or null for a nickname. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", updatable = false)
    private UserAccount account;

    @Column(length = MAX_NICKNAME, updatable = false)
    private String nickname;

    /** The e-mail address of a nickname (never shown in public). */
    @Column(length = 254, updatable = false)
    private String email;

    /** The SHA-256 of the confirmation link's token, while the e-mail is not confirmed. */
    @Column(name = "confirmation_hash", length = 64)
    private String confirmationHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 14)
    private QuestionStatus status;

    @Column(name = "asked_at", nullable = false, updatable = false)
    private OffsetDateTime askedAt;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    /** When the public last read a new answer (the feed's order). */
    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    @Column(name = "same_doubt", nullable = false)
    private int sameDoubt;

    /** The question and its current answer as the search compares them ({@link SearchText#column}). */
    @Column(name = "search_text", nullable = false, length = 8000)
    private String searchText;

    /**
     * The current answer's text, kept with the question so that PostgreSQL's full-text search indexes both from one
     * row (its generated column {@code search_vector}, migration 31.1); null before the first answer.
     */
    @Column(name = "answer_text", length = Answer.MAX_TEXT)
    private String answerText;

    /** Where a promoted question came from (a chat transcript's or a forum thread's address), or null. */
    @Column(name = "promoted_from", length = 300, updatable = false)
    private String promotedFrom;

    @OneToMany(mappedBy = "question", cascade = CascadeType.PERSIST)
    @OrderBy("number ASC")
    private List<Answer> answers = new ArrayList<>();

    @OneToMany(mappedBy = "question", cascade = CascadeType.PERSIST)
    @OrderBy("at ASC, id ASC")
    private List<QuestionStep> steps = new ArrayList<>();

    protected Question() {}

    private Question(Body body, QuestionTopic topic, String text, OffsetDateTime now) {
        this.body = Objects.requireNonNull(body, "body");
        this.askedAt = Objects.requireNonNull(now, "now");
        List<RuleViolation> problems = problems(topic, text);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        this.topic = topic;
        this.text = text.strip();
        this.searchText = SearchText.column(this.text);
    }

    /** A question of a signed-in account: to moderation at once, or a personal case. */
    public static Question byAccount(
            Body body, QuestionTopic topic, String text, UserAccount account, OffsetDateTime now) {
        Question q = new Question(body, topic, text, now);
        q.account = Objects.requireNonNull(account, "account");
        q.arrive(QuestionStatus.PENDIENTE, account, now);
        return q;
    }

    /**
     * A question under a nickname: it waits for its e-mail to be confirmed with the link whose token hashes to
     * {@code confirmationHash}, or is a personal case (no confirmation needed: it is never published).
     */
    public static Question byNickname(
            Body body,
            QuestionTopic topic,
            String text,
            String nickname,
            String email,
            String confirmationHash,
            OffsetDateTime now) {
        Question q = new Question(body, topic, text, now);
        String name = nickname == null ? null : nickname.strip();
        if (name == null || name.length() < 2) {
            throw new RuleViolation("nickname", "question.nickname.required");
        }
        if (name.length() > MAX_NICKNAME) {
            throw new RuleViolation("nickname", "question.nickname.tooLong", MAX_NICKNAME);
        }
        q.nickname = name;
        q.email = Objects.requireNonNull(email, "email");
        q.confirmationHash = Objects.requireNonNull(confirmationHash, "confirmationHash");
        q.arrive(QuestionStatus.POR_CONFIRMAR, null, now);
        return q;
    }

    /**
     * A question a moderator brought from another channel (a chat's answered question, a forum's official
     * answer), with personal data edited out, published at once; {@code source} is the address it came from.
     */
    public static Question promoted(
            Body body, QuestionTopic topic, String text, String source, UserAccount by, OffsetDateTime now) {
        Question q = new Question(body, topic, text, now);
        q.requireNoPersonalData();
        q.promotedFrom = Objects.requireNonNull(source, "source");
        q.status = QuestionStatus.PUBLICADA;
        q.publishedAt = now;
        q.add(QuestionStep.Kind.PROMOTED, now, Objects.requireNonNull(by, "by"), source);
        return q;
    }

    /** Every rule the topic and text of a question break, each on its field; empty when they fit. */
    public static List<RuleViolation> problems(QuestionTopic topic, String text) {
        List<RuleViolation> problems = new ArrayList<>();
        if (topic == null) {
            problems.add(new RuleViolation("topic", "question.topic.required"));
        }
        textProblem(text).ifPresent(problems::add);
        return problems;
    }

    private static Optional<RuleViolation> textProblem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(new RuleViolation("text", "question.text.required"));
        }
        if (text.strip().length() > MAX_TEXT) {
            return Optional.of(new RuleViolation(
                    "text", "question.text.tooLong", MAX_TEXT, text.strip().length()));
        }
        return Optional.empty();
    }

    private void arrive(QuestionStatus waiting, UserAccount by, OffsetDateTime now) {
        Set<PersonalData.Kind> found = personalData();
        if (found.isEmpty()) {
            status = waiting;
            add(QuestionStep.Kind.ASKED, now, by, null);
        } else {
            status = QuestionStatus.CASO_PERSONAL;
            confirmationHash = null;
            add(QuestionStep.Kind.DETECTED_PERSONAL, now, by, names(found));
        }
    }

    /** The nickname's e-mail is confirmed: the question goes to moderation. */
    public void confirm(OffsetDateTime now) {
        move(QuestionStatus.PENDIENTE);
        confirmationHash = null;
        add(QuestionStep.Kind.CONFIRMED, now, null, null);
    }

    /** A moderator publishes the question; refused while its text carries personal data. */
    public void publish(UserAccount by, OffsetDateTime now) {
        requireMove(QuestionStatus.PUBLICADA);
        requireNoPersonalData();
        move(QuestionStatus.PUBLICADA);
        publishedAt = now;
        add(QuestionStep.Kind.PUBLISHED, now, by, null);
    }

    public void reject(UserAccount by, OffsetDateTime now) {
        move(QuestionStatus.RECHAZADA);
        add(QuestionStep.Kind.REJECTED, now, by, null);
    }

    /** A moderator says it is a personal case: it is never published, its author is sent to the private channel. */
    public void markPersonal(UserAccount by, OffsetDateTime now) {
        move(QuestionStatus.CASO_PERSONAL);
        add(QuestionStep.Kind.MARKED_PERSONAL, now, by, null);
    }

    /** A moderator rewrites the question (plain language, personal data out) before or after publishing it. */
    public void edit(String newText, UserAccount by, OffsetDateTime now) {
        if (status != QuestionStatus.PENDIENTE && !status.isPublic()) {
            throw new IllegalStateException("A " + status + " question is not edited");
        }
        textProblem(newText).ifPresent(p -> {
            throw p;
        });
        text = newText.strip();
        refreshSearch();
        add(QuestionStep.Kind.EDITED, now, by, null);
    }

    /** An answer without a related debunk: see the other {@code answer}. */
    public Answer answer(
            String answerText,
            List<String> sources,
            LocalDate reviewedOn,
            LocalDate today,
            UserAccount by,
            OffsetDateTime now) {
        return answer(answerText, sources, null, reviewedOn, today, by, now);
    }

    /**
     * Staff answer: the first answer makes the question answered (and published, if it was pending); a later one
     * supersedes the current answer. Refused while the question carries personal data. {@code debunk} is the
     * body's published debunk of a related hoax, or null. {@code today} is the body's date, which the "reviewed on"
     * date may not pass.
     */
    public Answer answer(
            String answerText,
            List<String> sources,
            Hoax debunk,
            LocalDate reviewedOn,
            LocalDate today,
            UserAccount by,
            OffsetDateTime now) {
        if (status != QuestionStatus.RESPONDIDA) {
            requireMove(QuestionStatus.RESPONDIDA);
        }
        requireNoPersonalData();
        List<RuleViolation> problems = new ArrayList<>(Answer.problems(answerText, sources, reviewedOn, today));
        Answer.debunkProblem(debunk, body).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        Optional<Answer> before = current();
        if (before.isPresent()) {
            before.get().supersede(now);
        } else {
            move(QuestionStatus.RESPONDIDA);
            if (publishedAt == null) {
                publishedAt = now;
            }
        }
        Answer answer = new Answer(this, answers.size() + 1, answerText, sources, debunk, reviewedOn, by, now);
        answers.add(answer);
        answeredAt = now;
        refreshSearch();
        add(before.isPresent() ? QuestionStep.Kind.SUPERSEDED : QuestionStep.Kind.ANSWERED, now, by, null);
        return answer;
    }

    /** The current answer no longer holds (a rule or a fee changed): the public reads a warning until a new one. */
    public void markOutdated(UserAccount by, OffsetDateTime now) {
        Answer answer = current().orElseThrow(() -> new IllegalStateException("No answer to mark outdated"));
        answer.markOutdated(now);
        add(QuestionStep.Kind.OUTDATED, now, by, null);
    }

    /** One more person has the same doubt (the service counts each person once). */
    public void addSameDoubt() {
        if (!status.isPublic()) {
            throw new IllegalStateException("Only a public question gathers doubts");
        }
        sameDoubt++;
    }

    /** The personal data its text carries now. */
    public Set<PersonalData.Kind> personalData() {
        return PersonalData.kinds(text);
    }

    private void requireNoPersonalData() {
        if (!personalData().isEmpty()) {
            throw new RuleViolation("text", "question.personal.stillThere");
        }
    }

    private void move(QuestionStatus next) {
        requireMove(next);
        status = next;
    }

    private void requireMove(QuestionStatus next) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException(status + " -> " + next);
        }
    }

    private void refreshSearch() {
        answerText = current().map(Answer::getText).orElse(null);
        searchText = SearchText.column(text, answerText);
    }

    private void add(QuestionStep.Kind kind, OffsetDateTime at, UserAccount by, String note) {
        steps.add(new QuestionStep(this, kind, at, status, by, note));
    }

    private static String names(Set<PersonalData.Kind> kinds) {
        return kinds.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    /** The answer the public reads: the latest version. */
    public Optional<Answer> current() {
        return answers.isEmpty() ? Optional.empty() : Optional.of(answers.get(answers.size() - 1));
    }

    /** Who asked, for staff: the account's name or the nickname. */
    public String askerName() {
        return account != null ? account.getFullName() : nickname;
    }

    /** Where to write to the asker (an account's address or the nickname's), for staff and the outbox. */
    public String askerEmail() {
        return account != null ? account.getEmail() : email;
    }

    public Long getId() {
        return id;
    }

    public Body getBody() {
        return body;
    }

    public QuestionTopic getTopic() {
        return topic;
    }

    public String getText() {
        return text;
    }

    public UserAccount getAccount() {
        return account;
    }

    public String getNickname() {
        return nickname;
    }

    public QuestionStatus getStatus() {
        return status;
    }

    public OffsetDateTime getAskedAt() {
        return askedAt;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public OffsetDateTime getAnsweredAt() {
        return answeredAt;
    }

    public int getSameDoubt() {
        return sameDoubt;
    }

    public String getSearchText() {
        return searchText;
    }

    /** The current answer's text (what PostgreSQL's search indexes with the question), or null before one. */
    public String getAnswerText() {
        return answerText;
    }

    public String getPromotedFrom() {
        return promotedFrom;
    }

    /** Every version of the answer, oldest first. */
    public List<Answer> getAnswers() {
        return Collections.unmodifiableList(answers);
    }

    /** The whole history, oldest first (staff). */
    public List<QuestionStep> getSteps() {
        return Collections.unmodifiableList(steps);
    }
}
