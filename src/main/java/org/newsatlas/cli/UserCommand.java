package org.newsatlas.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsatlas.security.PasswordHashes;
import org.newsatlas.security.Role;
import org.newsatlas.security.UserAccount;
import org.newsatlas.security.UserRepository;
import org.springframework.context.ApplicationContext;

/**
 * {@code user add NAME --role reader|editor}: creates a person who can sign in to a public server (or gives an
 * existing one a new password and role). The password is read by {@link PasswordInput}, never from the arguments,
 * and stored only as a BCrypt hash.
 */
public class UserCommand implements Command {

    static final int MAX_NAME = 100;
    private final PasswordInput passwords;

    public UserCommand(PasswordInput passwords) {
        this.passwords = passwords;
    }

    @Override
    public String usage() {
        return "user add NAME --role reader|editor   let NAME sign in (password from " + PasswordInput.VARIABLE
                + ", the console or stdin)";
    }

    @Override
    public Set<String> options() {
        return Set.of("--role");
    }

    @Override
    public Optional<String> usageError(List<String> operands) {
        try {
            Arguments.parse(operands);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("user: " + e.getMessage());
        }
    }

    @Override
    public int run(List<String> operands, ApplicationContext context, PrintStream out, PrintStream err) {
        Arguments arguments = Arguments.parse(operands);
        Optional<String> password = passwords.read("Password for " + arguments.name(), err);
        if (password.isEmpty()) {
            return CommandLine.FAILED;
        }
        if (password.get().length() < PasswordHashes.MIN_LENGTH) {
            err.println("user: the password must have at least " + PasswordHashes.MIN_LENGTH + " characters");
            return CommandLine.FAILED;
        }
        boolean added = context.getBean(UserRepository.class).save(new UserAccount(arguments.name(),
                PasswordHashes.hash(password.get()), arguments.role()));
        out.println((added ? "added " : "changed ") + arguments.role().id() + " " + arguments.name());
        return CommandLine.OK;
    }

    record Arguments(String name, Role role) {
        static Arguments parse(List<String> operands) {
            if (operands.isEmpty() || !operands.get(0).equals("add")) {
                throw new IllegalArgumentException("the only action is 'add', got "
                        + (operands.isEmpty() ? "nothing" : "'" + operands.get(0) + "'"));
            }
            String name = null;
            String role = null;
            for (int i = 1; i < operands.size(); i++) {
                String operand = operands.get(i);
                if (operand.equals("--role")) {
                    role = i + 1 < operands.size() ? operands.get(++i) : "";
                } else if (operand.startsWith("--role=")) {
                    role = operand.substring("--role=".length());
                } else if (name == null) {
                    name = operand;
                } else {
                    throw new IllegalArgumentException("one NAME only, got '" + name + "' and '" + operand + "'");
                }
            }
            if (name == null || name.isBlank() || name.length() > MAX_NAME || !name.strip().equals(name)
                    || name.chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))) {
                throw new IllegalArgumentException("add needs a NAME of 1 to " + MAX_NAME
                        + " characters without spaces" + (name == null ? "" : ", got '" + name + "'"));
            }
            String roleId = role;
            Role parsed = Role.byId(roleId).orElseThrow(() -> new IllegalArgumentException(
                    "--role must be one of " + Role.ids() + (roleId == null ? "" : ", got '" + roleId + "'")));
            return new Arguments(name, parsed);
        }
    }
}
