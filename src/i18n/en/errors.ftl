# ortaq, English: errors messages. Every message here is in ../ru/errors.ftl too, with the same variables.
