# ortaq, English: access messages (people, roles, the SSH entry). Every message here is in ../ru/access.ftl too, with the same variables.

access-added = { $name } may now come in as { $role } with the key { $fingerprint }
access-removed = { $name } may no longer come in; their past changes stay theirs
access-role-changed = { $name } was { $old } and is now { $role }
access-role-unknown = { $role } is not a role; use viewer, editor or admin
access-name-invalid = { $name } cannot name a person: use 1 to 32 letters or digits, and . _ - after the first
access-nobody = no one is allowed in yet; add the first admin with `ortaq access add NAME --role admin --key FILE`
access-keys-written = wrote { $count ->
    [one] { $count } person's key
   *[other] { $count } people's keys
  } to { $path }
access-keys-not-synced = the database was changed but the authorized_keys file was not; fix the problem and run `ortaq access sync`
access-keys-markers = the file has ortaq's marker lines missing, doubled or out of order, so ortaq cannot tell its lines from the others'; nothing was written. Edit the file so that one "# ortaq begins…" line stands before ortaq's lines (those ending in ortaq:NAME) and one "# ortaq ends" line after them, then run `ortaq access sync`, which writes the lines between them again from the database
access-keys-stray = line { $line } (ortaq:{ $name }) was written by ortaq but stands outside its marker lines, so ortaq would leave it there whatever the database says and its key would still get in; nothing was written{ $count ->
    [one] {""}
   *[other] {" "}({ $count } such lines in all)
  }. Delete every line ending in ortaq:NAME that stands outside "# ortaq begins…" and "# ortaq ends" (ortaq writes each live person's line again), then run `ortaq access sync`
access-keys-unreadable = { $path }: cannot read the authorized_keys file
access-keys-unwritable = { $path }: cannot write the authorized_keys file (nothing in it was changed)
access-keys-no-home = cannot find the home directory of this account; give the file with --authorized-keys PATH
access-key-missing = no public key found: give the .pub file (one line starting with ssh-ed25519, ssh-rsa, ecdsa-sha2-…)
access-key-unreadable = not an OpenSSH public key ({ $reason }): give the .pub file, not the private key
access-key-private = this is a private key, which must never leave its owner's computer: send the .pub file beside it (the same name ending in .pub); if the private key was sent by mail or chat, make a new pair
access-key-certificate = this is a certificate, not a public key: send the key's .pub file (id_ed25519.pub, not id_ed25519-cert.pub)
access-key-options = this line has options before the key, as in an authorized_keys file: send just the .pub line, which starts with the key's type (ssh-ed25519, ecdsa-sha2-nistp256, ssh-rsa…)
access-key-algorithm = { $algorithm } is not a key type ortaq accepts: use ssh-ed25519 (best), ecdsa-sha2-nistp256, -nistp384 or -nistp521, ssh-rsa of 2048 bits or more, or a security key (sk-ssh-ed25519, sk-ecdsa-sha2-nistp256)
access-key-dsa = this is a DSA key (ssh-dss): DSA is deprecated and disabled by OpenSSH, whose sshd would refuse it anyway; make a new key with `ssh-keygen -t ed25519` and send its .pub
access-key-rsa-short = this RSA key has { $bits } bits, too few to be safe (at least { $least }): make a new key with `ssh-keygen -t ed25519` (or `ssh-keygen -t rsa -b 4096`) and send its .pub
access-key-unreadable-file = { $path }: cannot read the public key
access-no-binary = cannot tell where the ortaq program is, which the authorized_keys lines must name
access-path-unusable = { $path }: a path with quotes, backslashes or control characters cannot go into authorized_keys; move the file to a plainer path
access-not-private = { $path }: cannot make it private to this account (only it may read and write a served database)
access-refused = refused: { $reason }
access-refused-role = you are { $have ->
    [viewer] a viewer
    [editor] an editor
   *[admin] an admin
  }, and this needs an { $needed ->
    [editor] editor
   *[admin] admin
  }
access-refused-command = `{ $command }` is not available over SSH
access-refused-argument = { $argument } of `{ $command }` is not available over SSH: nothing is written or read on the server for you; what ortaq prints comes to standard output (`ssh … > FILE` on your computer) and files go in on standard input (`-`)
access-refused-stdin = over SSH, { $argument } can only be `-`: send the file on standard input (`ssh … < FILE`)
access-refused-stdout = over SSH, { $argument } can only be `-`: the copy comes to standard output (`ssh … > FILE`)
access-refused-not-utf8 = the command is not valid UTF-8 text
access-refused-too-long = the command is longer than { $limit } bytes
access-refused-quoting = a quote is not closed (or a backslash ends the command)
access-not-allowed = { $name } is not allowed in (any more); ask an admin
access-serve-old-line = this authorized_keys line was written by an older ortaq and does not name its key; the server's administrator must run `ortaq access sync` as the service account
access-serve-no-hangup-watch = cannot watch for a dropped link; if it drops, this session's end will be missing from the access log
access-serve-needs-db = serve needs the database: --db PATH (as `ortaq access` writes it into authorized_keys)
access-serve-no-database = { $path }: no database here; an admin must create it and add people with `ortaq access add`
access-serve-not-private = { $path } (mode { $mode }) may be written by others than the account serving it, who could then act as anyone; refusing to serve. Make it private: chmod go-w, and the owner must be this account
access-serve-cannot-write = { $path }: this account cannot write the database it serves

## How a session or a refusal ended, in `access log`
access-outcome-ok = ok
access-outcome-failed = failed: { $error }
access-outcome-hangup = hangup (signal { $signal })
access-outcome-not-allowed-in = not allowed in
access-outcome-line-without-key = line without a key
access-outcome-not-this-persons-key = not this person's key
