package org.puente.web.audience;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.puente.audience.AudienceForm;
import org.puente.audience.AudienceMode;

/** The planning form's fields (the administrator's), kept apart so the page bean stays short. */
public class AudiencePlanForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long editing;
    private Long bodyId;
    private LocalDate day;
    private LocalTime startsAt = LocalTime.of(10, 0);
    private LocalTime endsAt = LocalTime.of(14, 0);
    private AudienceMode mode = AudienceMode.BOTH;
    private String place;
    private String meetingLink;
    private String officials;
    private List<Long> departmentIds = new ArrayList<>();
    private Integer capacity = 48;
    private Integer minutesPerTurn = 5;

    AudienceForm toForm() {
        return new AudienceForm(
                bodyId,
                day,
                startsAt,
                endsAt,
                mode,
                place,
                meetingLink,
                officials,
                departmentIds,
                capacity,
                minutesPerTurn);
    }

    static AudiencePlanForm of(long id, AudienceForm f) {
        AudiencePlanForm form = new AudiencePlanForm();
        form.editing = id;
        form.bodyId = f.bodyId();
        form.day = f.day();
        form.startsAt = f.startsAt();
        form.endsAt = f.endsAt();
        form.mode = f.mode();
        form.place = f.place();
        form.meetingLink = f.meetingLink();
        form.officials = f.officials();
        form.departmentIds = new ArrayList<>(f.departmentIds());
        form.capacity = f.capacity();
        form.minutesPerTurn = f.minutesPerTurn();
        return form;
    }

    public Long getEditing() {
        return editing;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public void setBodyId(Long bodyId) {
        this.bodyId = bodyId;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalTime endsAt) {
        this.endsAt = endsAt;
    }

    public AudienceMode getMode() {
        return mode;
    }

    public void setMode(AudienceMode mode) {
        this.mode = mode;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getMeetingLink() {
        return meetingLink;
    }

    public void setMeetingLink(String meetingLink) {
        this.meetingLink = meetingLink;
    }

    public String getOfficials() {
        return officials;
    }

    public void setOfficials(String officials) {
        this.officials = officials;
    }

    public List<Long> getDepartmentIds() {
        return departmentIds;
    }

    public void setDepartmentIds(List<Long> departmentIds) {
        this.departmentIds = departmentIds == null ? new ArrayList<>() : departmentIds;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Integer getMinutesPerTurn() {
        return minutesPerTurn;
    }

    public void setMinutesPerTurn(Integer minutesPerTurn) {
        this.minutesPerTurn = minutesPerTurn;
    }
}
