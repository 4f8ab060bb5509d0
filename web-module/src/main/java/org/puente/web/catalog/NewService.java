package org.puente.web.catalog;

import java.io.Serializable;

/** The form that adds a service. */
public class NewService implements Serializable {
    private static final long serialVersionUID = 1L;
    public String code;
    public String name;
    public String description;
    public Long departmentId;
    public Integer deadline = 48;

    public String getCode() {
        return code;
    }

    public void setCode(String v) {
        code = v;
    }

    public String getName() {
        return name;
    }

    public void setName(String v) {
        name = v;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String v) {
        description = v;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long v) {
        departmentId = v;
    }

    public Integer getDeadline() {
        return deadline;
    }

    public void setDeadline(Integer v) {
        deadline = v;
    }
}
