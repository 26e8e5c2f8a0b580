package vn.phoyen.workflow.organization;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

import vn.phoyen.workflow.referencedata.CsvDataFile;
import vn.phoyen.workflow.referencedata.DataFileException;
import vn.phoyen.workflow.referencedata.DataRow;

/** Reads and checks the organisation files, so that a typo stops start-up with the file, line and entry named. */
class OrganizationReader {

    // the engine's own identifier pattern (set in application.yaml) so an id that passes here is accepted there
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z0-9._-]+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    Organization read(Resource unitsFile, List<Resource> memberFiles) {
        List<Unit> units = readUnits(unitsFile);
        List<Member> members = new ArrayList<>();
        Set<String> userIds = new HashSet<>();
        for (Resource memberFile : memberFiles) {
            for (DataRow row : rows(memberFile)) {
                Member member = member(row, units);
                if (!userIds.add(member.userId())) {
                    throw row.error("người dùng '" + member.userId() + "' đã có ở dòng trước");
                }
                members.add(member);
            }
        }
        return new Organization(List.copyOf(units), List.copyOf(members));
    }

    private List<Unit> readUnits(Resource file) {
        List<DataRow> rows = rows(file);
        List<Unit> units = new ArrayList<>();
        for (DataRow row : rows) {
            String id = identifier(row, "id");
            if (units.stream().anyMatch(unit -> unit.id().equals(id))) {
                throw row.error("đơn vị '" + id + "' đã có ở dòng trước");
            }
            String roleCode = row.required("role");
            UnitRole role = UnitRole.ofCode(roleCode).orElseThrow(() -> row.error("đơn vị '" + id
                    + "': vai trò '" + roleCode + "' không hợp lệ (chọn một trong: " + UnitRole.codes() + ")"));
            units.add(new Unit(id, row.required("name"), role, invited(row, id, role)));
        }
        UnitRole.heldOnce().forEach(role -> requireExactlyOne(file, units, role));
        return units;
    }

    /**
     * The optional column {@code invited}: yes for a body the plan invites ("Đề nghị …"), empty for a unit it orders.
     * The offices the plan's own procedures rely on (supervising office, supervisors, case office) cannot be invited.
     */
    private static boolean invited(DataRow row, String id, UnitRole role) {
        if (!row.fields().containsKey("invited")) {
            return false;
        }
        String value = row.optional("invited");
        if (!value.isEmpty() && !value.equals("yes")) {
            throw row.error("đơn vị '" + id + "': cột 'invited': '" + value + "' không hợp lệ (ghi yes hoặc để trống)");
        }
        boolean invited = value.equals("yes");
        if (invited && role != UnitRole.UNIT && role != UnitRole.FATHERLAND_FRONT) {
            throw row.error("đơn vị '" + id + "': cột 'invited': đơn vị có vai trò '" + role.code()
                    + "' do UBND phường giao việc, không phải cơ quan được đề nghị");
        }
        return invited;
    }

    private static void requireExactlyOne(Resource file, List<Unit> units, UnitRole role) {
        long count = units.stream().filter(unit -> unit.role() == role).count();
        if (count != 1) {
            throw new DataFileException(fileName(file) + ": cần đúng một đơn vị có vai trò '"
                    + role.code() + "', hiện có " + count);
        }
    }

    private static Member member(DataRow row, List<Unit> units) {
        String userId = identifier(row, "userId");
        String positionCode = row.required("position");
        Position position = Position.ofCode(positionCode).orElseThrow(() -> row.error("người dùng '" + userId
                + "': chức vụ '" + positionCode + "' không hợp lệ (chọn một trong: " + Position.codes() + ")"));
        Optional<String> unitId = Optional.of(row.optional("unit")).filter(value -> !value.isEmpty());
        if (unitId.isEmpty() && position != Position.ADMINISTRATOR) {
            throw row.error("người dùng '" + userId + "': thiếu đơn vị");
        }
        unitId.filter(id -> units.stream().noneMatch(unit -> unit.id().equals(id))).ifPresent(id -> {
            throw row.error("người dùng '" + userId + "': đơn vị '" + id + "' không có trong danh sách đơn vị");
        });
        String email = row.optional("email");
        if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            throw row.error("người dùng '" + userId + "': địa chỉ email '" + email + "' không hợp lệ");
        }
        Optional<String> password = row.fields().containsKey("password")
                ? Optional.of(row.optional("password")).filter(value -> !value.isEmpty())
                : Optional.empty();
        return new Member(userId, row.required("firstName"), row.required("lastName"), email, unitId, position, password);
    }

    private static String identifier(DataRow row, String column) {
        String value = row.required(column);
        if (!IDENTIFIER.matcher(value).matches()) {
            throw row.error("mã '" + value + "' chỉ được gồm chữ không dấu, số, '.', '_' và '-'");
        }
        return value;
    }

    private static List<DataRow> rows(Resource file) {
        try (InputStream content = file.getInputStream()) {
            return CsvDataFile.read(fileName(file), content);
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được tệp tổ chức " + fileName(file), e);
        }
    }

    private static String fileName(Resource file) {
        if (file instanceof ClassPathResource classPath) {
            return classPath.getPath();
        }
        return file.getDescription();
    }
}
