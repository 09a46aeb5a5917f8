# ortaq, English: cli messages. Every message here is in ../ru/cli.ftl too, with the same variables.
