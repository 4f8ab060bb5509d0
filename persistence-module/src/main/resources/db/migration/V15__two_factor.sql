-- A second factor at sign-in (issue 14, item 8): a time-based one-time code (RFC 6238).
-- V16, not V15: another branch of the same issue may add V15.
-- totp_secret: the account's shared secret, sealed with AES-GCM when puente.totp.key is set (TotpSecrets);
-- set only once the person has confirmed it with a code, never shown again. totp_last_step: the 30-second
-- time step of the last code accepted, so that a code is never accepted twice.
alter table user_account add column totp_secret varchar(200);
alter table user_account add column totp_enabled_at timestamp with time zone;
alter table user_account add column totp_last_step bigint;

-- Which roles must sign in with a code: an administrator's choice per role. Administrators need one
-- outside the demo installation whatever this table says (TwoFactor.isRequired).
create table two_factor_role (
    role       varchar(20) not null primary key,
    required   boolean     not null,
    changed_at timestamp with time zone not null,
    changed_by varchar(120)
);
