package org.puente.web.catalog;

import java.io.Serializable;

/** The form that changes one service. */
public class ServiceEdit implements Serializable {
    private static final long serialVersionUID = 1L;
    public Long serviceId;
    public Long departmentId;
    public Integer deadline;
    public boolean active = true;

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long v) {
        serviceId = v;
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

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean v) {
        active = v;
    }
}
