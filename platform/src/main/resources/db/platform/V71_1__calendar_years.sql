-- Years of the working calendar entered or corrected by an admin (plan-service owns them; every other
-- service keeps the copy its CalendarChanged consumer applied). A year here replaces the shipped CSV's year.
create table calendar_year (
    year        integer      primary key,
    status      varchar(20)  not null,
    sources     text         not null,
    days        text         not null,
    version     integer      not null,
    changed_at  timestamptz  not null,
    changed_by  varchar(200)
);
