create table if not exists public.note_versions (
  id bigint generated always as identity primary key,
  note_id bigint not null references public.notes (id) on delete cascade,
  version integer not null,
  title text not null,
  content text not null,
  created_at timestamptz not null default now(),
  unique (note_id, version)
);

alter table public.note_versions enable row level security;

create or replace function public.snapshot_note()
returns trigger
language plpgsql
as $$
declare
  next_version integer;
begin
  select coalesce(max(version), 0) + 1 into next_version
    from public.note_versions where note_id = old.id;
  insert into public.note_versions (note_id, version, title, content)
  values (old.id, next_version, old.title, old.content);
  return new;
end;
$$;

create trigger notes_snapshot
  before update of title, content on public.notes
  for each row
  when (old.title is distinct from new.title or old.content is distinct from new.content)
  execute function public.snapshot_note();

create policy "Versions follow their note" on public.note_versions
  for select to authenticated
  using (exists (select 1 from public.notes n where n.id = note_id));

revoke all on table public.note_versions from anon;
comment on table public.note_versions is 'History of note edits, written by trigger notes_snapshot';
comment on column public.note_versions.version is 'Starts at 1 per note';
