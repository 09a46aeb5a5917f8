# ortaq, English: tui messages. Every message here is in ../ru/tui.ftl too, with the same variables.
