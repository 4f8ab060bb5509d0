-- Accounts (issue 14, item 8).
-- session_version: raised when an administrator deactivates an account or changes its roles, body or
-- department, or its password is reset; a signed-in session remembers the number it started with and
-- ends at its next request when the account's number moved on (AccountSessionFilter).
alter table user_account add column session_version integer default 0 not null;

-- One mechanism for invitation and password-reset links. The token is made when the e-mail is sent
-- (Mailer), so token_hash stays empty until then; the outbox row points at its token and keeps a
-- placeholder instead of the link.
alter table password_token add column purpose varchar(20) default 'INVITATION' not null;
alter table password_token alter column token_hash drop not null;
alter table outbox_message add column password_token_id bigint references password_token (id);

-- Invitation e-mails written before this version kept their link in clear: blank the token. An
-- invitation still waiting to be sent thereby loses its link; an administrator sends a new one
-- (Personal: "Enviar enlace para cambiar la contraseña").
update outbox_message set body = regexp_replace(body, 'token=[A-Za-z0-9_-]+', 'token=-')
    where body like '%/contrasena?token=%';
