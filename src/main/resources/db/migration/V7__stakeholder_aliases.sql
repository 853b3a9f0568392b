-- The names reports use for a stakeholder besides its own ("US", "USA", "United States of America";
-- "G-77/CHINA"). Looked up case- and accent-insensitively by the application (StakeholderNames), which is why
-- the table keeps the alias as written and no normalised copy: H2 and PostgreSQL fold accents differently.

create table stakeholder_alias (
    stakeholder_id bigint       not null references stakeholder (id),
    alias          varchar(300) not null,
    primary key (stakeholder_id, alias)
);

create table stakeholder_alias_aud (
    rev            integer      not null references revinfo (rev),
    revtype        smallint,
    stakeholder_id bigint       not null,
    alias          varchar(300) not null,
    primary key (rev, stakeholder_id, alias)
);
