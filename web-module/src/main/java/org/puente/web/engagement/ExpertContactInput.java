package org.puente.web.engagement;

import java.io.Serializable;

/**
 * Whom a request proposes as expert: an existing expert's account, or a person by name, position,
 * e-mail and phone. The checks are the service's.
 */
public class ExpertContactInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long accountId;
    private String name;
    private String position;
    private String email;
    private String phone;

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
