package org.puente.opinion;

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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.puente.catalog.Colonia;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.platform.RuleViolation;

/**
 * An opinion survey of a body (issue 13, item 5): its communication staff write the title, an introduction and the
 * questions while it is a draft, publish it for a period (for the whole municipality or one colonia), close it,
 * and publish its results when the body decides. Once published its questions are fixed. It takes answers only
 * while open ({@link #phase}); each answer is checked against the questions ({@link #answerProblems}). Every step
 * is a line of its history ({@link SurveyEvent}).
 */
@Entity
@Table(name = "opinion_survey")
@NamedQuery(
        name = "OpinionSurvey.public",
        query =
                "select s from OpinionSurvey s join fetch s.body where s.status <> org.puente.opinion.SurveyStatus.DRAFT"
                        + " order by s.closesAt desc, s.id desc")
public class OpinionSurvey {

    public static final int MAX_TITLE = 200;
    public static final int MAX_INTRO = 2000;
    public static final int MAX_QUESTIONS = 30;

    @Id
    @SequenceGenerator(name = "opinion_survey_seq", sequenceName = "opinion_survey_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "opinion_survey_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "body_id", nullable = false, updatable = false)
    private Body body;

    /** The one colonia the survey is for; none: the whole municipality. */
    @ManyToOne
    @JoinColumn(name = "colonia_id")
    private Colonia colonia;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(length = MAX_INTRO)
    private String intro;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SurveyStatus status;

    @Column(name = "opens_at")
    private OffsetDateTime opensAt;

    @Column(name = "closes_at")
    private OffsetDateTime closesAt;

    @Column(name = "results_published_at")
    private OffsetDateTime resultsPublishedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @OneToMany(mappedBy = "survey", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position ASC")
    private List<OpinionQuestion> questions = new ArrayList<>();

    @OneToMany(mappedBy = "survey", cascade = CascadeType.PERSIST)
    @OrderBy("at ASC, id ASC")
    private List<SurveyEvent> events = new ArrayList<>();

    protected OpinionSurvey() {}

    /** A new draft without questions. */
    public OpinionSurvey(Body body, String title, String intro, Colonia colonia, UserAccount by, OffsetDateTime now) {
        this.body = Objects.requireNonNull(body, "body");
        this.createdAt = Objects.requireNonNull(now, "now");
        this.status = SurveyStatus.DRAFT;
        apply(title, intro, colonia);
        add(SurveyEvent.Kind.CREATED, now, by);
    }

    /** Every rule the title and introduction break, each on its field. */
    public static List<RuleViolation> contentProblems(String title, String intro) {
        List<RuleViolation> problems = new ArrayList<>();
        String t = clean(title);
        if (t == null) {
            problems.add(new RuleViolation("title", "opinion.title.required"));
        } else if (t.length() > MAX_TITLE) {
            problems.add(new RuleViolation("title", "opinion.title.tooLong", MAX_TITLE));
        }
        String i = clean(intro);
        if (i != null && i.length() > MAX_INTRO) {
            problems.add(new RuleViolation("intro", "opinion.intro.tooLong", MAX_INTRO));
        }
        return problems;
    }

    /** Corrects the title, introduction and colonia of a draft. */
    public void edit(String title, String intro, Colonia colonia, UserAccount by, OffsetDateTime now) {
        requireDraft();
        apply(title, intro, colonia);
        add(SurveyEvent.Kind.EDITED, now, by);
    }

    public void addQuestion(QuestionDraft draft, UserAccount by, OffsetDateTime now) {
        requireDraft();
        requireFits(draft);
        if (questions.size() >= MAX_QUESTIONS) {
            throw new RuleViolation("text", "opinion.question.tooMany", MAX_QUESTIONS);
        }
        questions.add(new OpinionQuestion(this, questions.size(), draft));
        add(SurveyEvent.Kind.QUESTION_ADDED, now, by);
    }

    public void changeQuestion(int position, QuestionDraft draft, UserAccount by, OffsetDateTime now) {
        requireDraft();
        requireFits(draft);
        question(position).apply(draft);
        add(SurveyEvent.Kind.QUESTION_CHANGED, now, by);
    }

    /** Moves a question one place up ({@code -1}) or down ({@code +1}); at an end it stays. */
    public void moveQuestion(int position, int step, UserAccount by, OffsetDateTime now) {
        requireDraft();
        OpinionQuestion moving = question(position);
        int target = position + Integer.signum(step);
        if (target < 0 || target >= questions.size() || step == 0) {
            return;
        }
        OpinionQuestion other = questions.get(target);
        other.moveTo(position);
        moving.moveTo(target);
        questions.set(target, moving);
        questions.set(position, other);
        add(SurveyEvent.Kind.QUESTION_MOVED, now, by);
    }

    public void removeQuestion(int position, UserAccount by, OffsetDateTime now) {
        requireDraft();
        questions.remove(question(position));
        for (int i = 0; i < questions.size(); i++) {
            questions.get(i).moveTo(i);
        }
        add(SurveyEvent.Kind.QUESTION_REMOVED, now, by);
    }

    /**
     * Publishes the draft for a period: it opens at {@code opens} (null: now) and takes answers until {@code
     * closes}, which is after the opening and after now. A survey without questions is not published.
     */
    public void publish(OffsetDateTime opens, OffsetDateTime closes, UserAccount by, OffsetDateTime now) {
        moveTo(SurveyStatus.PUBLISHED);
        if (questions.isEmpty()) {
            throw new RuleViolation("opinion.publish.noQuestions");
        }
        OffsetDateTime from = opens == null ? now : opens;
        if (closes == null) {
            throw new RuleViolation("closesAt", "opinion.closesAt.required");
        }
        if (!closes.isAfter(now)) {
            throw new RuleViolation("closesAt", "opinion.closesAt.past");
        }
        if (!closes.isAfter(from)) {
            throw new RuleViolation("closesAt", "opinion.closesAt.beforeOpening");
        }
        status = SurveyStatus.PUBLISHED;
        opensAt = from;
        closesAt = closes;
        add(SurveyEvent.Kind.PUBLISHED, now, by);
    }

    /** Closes a published survey now (or records the close of one whose period is over). */
    public void close(UserAccount by, OffsetDateTime now) {
        moveTo(SurveyStatus.CLOSED);
        status = SurveyStatus.CLOSED;
        if (closesAt.isAfter(now)) {
            closesAt = now;
        }
        add(SurveyEvent.Kind.CLOSED, now, by);
    }

    /** The body makes the results public (once; a draft has none). */
    public void publishResults(UserAccount by, OffsetDateTime now) {
        if (status == SurveyStatus.DRAFT) {
            throw new RuleViolation("opinion.results.draft");
        }
        if (resultsPublishedAt != null) {
            throw new RuleViolation("opinion.results.already");
        }
        resultsPublishedAt = now;
        add(SurveyEvent.Kind.RESULTS_PUBLISHED, now, by);
    }

    /** A free text reviewed: a line of the history (the answer keeps who and when). */
    public void noteReview(UserAccount by, OffsetDateTime now) {
        add(SurveyEvent.Kind.TEXT_REVIEWED, now, by);
    }

    /** What the survey is at {@code now}. */
    public SurveyPhase phase(OffsetDateTime now) {
        return switch (status) {
            case DRAFT -> SurveyPhase.DRAFT;
            case CLOSED -> SurveyPhase.CLOSED;
            case PUBLISHED -> now.isBefore(opensAt)
                    ? SurveyPhase.UPCOMING
                    : now.isBefore(closesAt) ? SurveyPhase.OPEN : SurveyPhase.CLOSED;
        };
    }

    /**
     * Every rule these answers break, one per question at most, on the field {@code q<position>}: a required
     * question unanswered, a choice that is not one of its options, two choices for a single choice, a point off
     * the scale, a text too long. {@code given} holds one answer per question, in order (missing ones are none).
     */
    public List<RuleViolation> answerProblems(List<GivenAnswer> given) {
        List<RuleViolation> problems = new ArrayList<>();
        for (OpinionQuestion q : questions) {
            GivenAnswer a = q.getPosition() < given.size() ? given.get(q.getPosition()) : GivenAnswer.none();
            String field = "q" + q.getPosition();
            if (a == null || a.isEmpty()) {
                if (q.isRequired()) {
                    problems.add(new RuleViolation(field, "opinion.answer.required"));
                }
                continue;
            }
            boolean fits =
                    switch (q.getKind()) {
                        case SINGLE_CHOICE -> a.choices().size() == 1
                                && inRange(a.choices(), q.getOptions().size())
                                && a.scale() == null
                                && a.text() == null;
                        case MULTIPLE_CHOICE -> inRange(
                                        a.choices(), q.getOptions().size())
                                && a.scale() == null
                                && a.text() == null;
                        case SCALE_1_5 -> a.choices().isEmpty()
                                && a.scale() != null
                                && a.scale() >= 1
                                && a.scale() <= 5
                                && a.text() == null;
                        case SHORT_TEXT -> a.choices().isEmpty() && a.scale() == null;
                    };
            if (!fits) {
                problems.add(new RuleViolation(field, "opinion.answer.invalid"));
            } else if (a.text() != null && a.text().length() > GivenAnswer.MAX_TEXT) {
                problems.add(new RuleViolation(field, "opinion.answer.tooLong", GivenAnswer.MAX_TEXT));
            }
        }
        return problems;
    }

    /**
     * Takes one person's answers ({@code accountId} for a signed-in account, else the browser token's hash) while
     * the survey is open; refuses with the first broken rule otherwise. The caller makes sure the person has not
     * answered already (the database refuses a second response of the same account or token).
     */
    public OpinionResponse answer(List<GivenAnswer> given, Long accountId, String tokenHash, OffsetDateTime now) {
        switch (phase(now)) {
            case OPEN -> {}
            case CLOSED -> throw new RuleViolation("opinion.answer.closed");
            default -> throw new RuleViolation("opinion.answer.notOpen");
        }
        List<RuleViolation> problems = answerProblems(given);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        OpinionResponse response = new OpinionResponse(this, accountId, tokenHash, now);
        for (OpinionQuestion q : questions) {
            GivenAnswer a = q.getPosition() < given.size() ? given.get(q.getPosition()) : null;
            if (a != null && !a.isEmpty()) {
                response.add(q, a);
            }
        }
        return response;
    }

    private static boolean inRange(List<Integer> choices, int options) {
        return !choices.isEmpty() && choices.stream().allMatch(c -> c != null && c >= 0 && c < options);
    }

    private void moveTo(SurveyStatus next) {
        if (!status.canMoveTo(next)) {
            throw new RuleViolation(
                    status == SurveyStatus.DRAFT ? "opinion.status.notPublished" : "opinion.status.forbidden");
        }
    }

    private void requireDraft() {
        if (status != SurveyStatus.DRAFT) {
            throw new RuleViolation("opinion.published.locked");
        }
    }

    private static void requireFits(QuestionDraft draft) {
        if (draft == null) {
            throw new RuleViolation("text", "opinion.question.text.required");
        }
        List<RuleViolation> problems = draft.problems();
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
    }

    private OpinionQuestion question(int position) {
        return questions.stream()
                .filter(q -> q.getPosition() == position)
                .findFirst()
                .orElseThrow(() -> new RuleViolation("opinion.question.none"));
    }

    private void apply(String title, String intro, Colonia colonia) {
        List<RuleViolation> problems = contentProblems(title, intro);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        this.title = clean(title);
        this.intro = clean(intro);
        this.colonia = colonia;
    }

    private void add(SurveyEvent.Kind kind, OffsetDateTime at, UserAccount by) {
        events.add(new SurveyEvent(this, kind, at, by));
    }

    static String clean(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip();
    }

    public Long getId() {
        return id;
    }

    public Body getBody() {
        return body;
    }

    public Colonia getColonia() {
        return colonia;
    }

    public String getTitle() {
        return title;
    }

    public String getIntro() {
        return intro;
    }

    public SurveyStatus getStatus() {
        return status;
    }

    public OffsetDateTime getOpensAt() {
        return opensAt;
    }

    public OffsetDateTime getClosesAt() {
        return closesAt;
    }

    public OffsetDateTime getResultsPublishedAt() {
        return resultsPublishedAt;
    }

    public boolean resultsPublished() {
        return resultsPublishedAt != null;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    /** The questions in their order. */
    public List<OpinionQuestion> getQuestions() {
        List<OpinionQuestion> sorted = new ArrayList<>(questions);
        sorted.sort(Comparator.comparingInt(OpinionQuestion::getPosition));
        return Collections.unmodifiableList(sorted);
    }

    public List<SurveyEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }
}
