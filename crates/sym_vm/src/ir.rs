//! The IR: a stack machine's instructions, code objects and constants.
//! The crate docs list every instruction.

use std::rc::Rc;

/// Binary operators (also used in place: `x += y`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
}

impl BinOp {
    pub const ALL: [BinOp; 13] = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::MatMul,
        BinOp::Div,
        BinOp::FloorDiv,
        BinOp::Mod,
        BinOp::Pow,
        BinOp::LShift,
        BinOp::RShift,
        BinOp::BitOr,
        BinOp::BitXor,
        BinOp::BitAnd,
    ];
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::BitAnd => "&",
        }
    }
}

/// Comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
    In,
    NotIn,
    Is,
    IsNot,
}

impl CmpOp {
    pub const ALL: [CmpOp; 10] = [
        CmpOp::Lt,
        CmpOp::Le,
        CmpOp::Eq,
        CmpOp::Ne,
        CmpOp::Gt,
        CmpOp::Ge,
        CmpOp::In,
        CmpOp::NotIn,
        CmpOp::Is,
        CmpOp::IsNot,
    ];
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
        }
    }
}

/// One instruction. Operands are indices into the code object's tables
/// (`consts`, `names`, `codes`), local slots, or instruction offsets.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    Nop,
    LoadConst(u32),
    LoadNone,
    LoadTrue,
    LoadFalse,
    LoadInt(i32),
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    LoadDeref(u32),
    LoadClosure(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    LoadAttr(u32),
    StoreAttr(u32),
    DeleteAttr(u32),
    LoadMethod(u32),
    CallMethod(u32),
    GetItem,
    StoreItem,
    DeleteItem,
    Binary(BinOp),
    Inplace(BinOp),
    Compare(CmpOp),
    Not,
    Neg,
    Pos,
    Invert,
    Jump(u32),
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    GetIter,
    ForIter(u32),
    Pop,
    Dup,
    Dup2,
    Rot2,
    Rot3,
    BuildList(u32),
    BuildTuple(u32),
    BuildSet(u32),
    /// A set display of `n` constants (built as CPython builds it).
    BuildConstSet(u32),
    BuildDict(u32),
    BuildSlice(u32),
    BuildString(u32),
    ListAppend(u32),
    ListExtend(u32),
    SetAdd(u32),
    MapAdd(u32),
    DictUpdate(u32),
    ListToTuple,
    UnpackSequence(u32),
    UnpackEx(u32, u32),
    FormatValue(u32),
    MakeFunction(u32, u32),
    BuildClass(u32),
    Call(u32),
    CallKw(u32, u32),
    CallEx,
    Return,
    Yield,
    Raise(u32),
    Reraise,
    SetupExcept(u32),
    PopBlock,
    EnterHandler,
    PopExcept,
    ExcMatch,
    WithEnter,
    WithExit,
    WithExitExc,
    ImportName(u32, u32),
    ImportFrom(u32),
    LoadPrinted,
    AssertFail,
}

impl Op {
    /// Every opcode's name, in encoding order.
    pub fn name(&self) -> &'static str {
        match self {
            Op::Nop => "NOP",
            Op::LoadConst(_) => "LOAD_CONST",
            Op::LoadNone => "LOAD_NONE",
            Op::LoadTrue => "LOAD_TRUE",
            Op::LoadFalse => "LOAD_FALSE",
            Op::LoadInt(_) => "LOAD_INT",
            Op::LoadFast(_) => "LOAD_FAST",
            Op::StoreFast(_) => "STORE_FAST",
            Op::DeleteFast(_) => "DELETE_FAST",
            Op::LoadDeref(_) => "LOAD_DEREF",
            Op::LoadClosure(_) => "LOAD_CLOSURE",
            Op::StoreDeref(_) => "STORE_DEREF",
            Op::DeleteDeref(_) => "DELETE_DEREF",
            Op::LoadGlobal(_) => "LOAD_GLOBAL",
            Op::StoreGlobal(_) => "STORE_GLOBAL",
            Op::DeleteGlobal(_) => "DELETE_GLOBAL",
            Op::LoadName(_) => "LOAD_NAME",
            Op::StoreName(_) => "STORE_NAME",
            Op::DeleteName(_) => "DELETE_NAME",
            Op::LoadAttr(_) => "LOAD_ATTR",
            Op::StoreAttr(_) => "STORE_ATTR",
            Op::DeleteAttr(_) => "DELETE_ATTR",
            Op::LoadMethod(_) => "LOAD_METHOD",
            Op::CallMethod(_) => "CALL_METHOD",
            Op::GetItem => "GET_ITEM",
            Op::StoreItem => "STORE_ITEM",
            Op::DeleteItem => "DELETE_ITEM",
            Op::Binary(_) => "BINARY",
            Op::Inplace(_) => "INPLACE",
            Op::Compare(_) => "COMPARE",
            Op::Not => "NOT",
            Op::Neg => "NEG",
            Op::Pos => "POS",
            Op::Invert => "INVERT",
            Op::Jump(_) => "JUMP",
            Op::PopJumpIfFalse(_) => "POP_JUMP_IF_FALSE",
            Op::PopJumpIfTrue(_) => "POP_JUMP_IF_TRUE",
            Op::JumpIfFalseOrPop(_) => "JUMP_IF_FALSE_OR_POP",
            Op::JumpIfTrueOrPop(_) => "JUMP_IF_TRUE_OR_POP",
            Op::GetIter => "GET_ITER",
            Op::ForIter(_) => "FOR_ITER",
            Op::Pop => "POP",
            Op::Dup => "DUP",
            Op::Dup2 => "DUP2",
            Op::Rot2 => "ROT2",
            Op::Rot3 => "ROT3",
            Op::BuildList(_) => "BUILD_LIST",
            Op::BuildTuple(_) => "BUILD_TUPLE",
            Op::BuildSet(_) => "BUILD_SET",
            Op::BuildConstSet(_) => "BUILD_CONST_SET",
            Op::BuildDict(_) => "BUILD_DICT",
            Op::BuildSlice(_) => "BUILD_SLICE",
            Op::BuildString(_) => "BUILD_STRING",
            Op::ListAppend(_) => "LIST_APPEND",
            Op::ListExtend(_) => "LIST_EXTEND",
            Op::SetAdd(_) => "SET_ADD",
            Op::MapAdd(_) => "MAP_ADD",
            Op::DictUpdate(_) => "DICT_UPDATE",
            Op::ListToTuple => "LIST_TO_TUPLE",
            Op::UnpackSequence(_) => "UNPACK_SEQUENCE",
            Op::UnpackEx(_, _) => "UNPACK_EX",
            Op::FormatValue(_) => "FORMAT_VALUE",
            Op::MakeFunction(_, _) => "MAKE_FUNCTION",
            Op::BuildClass(_) => "BUILD_CLASS",
            Op::Call(_) => "CALL",
            Op::CallKw(_, _) => "CALL_KW",
            Op::CallEx => "CALL_EX",
            Op::Return => "RETURN",
            Op::Yield => "YIELD",
            Op::Raise(_) => "RAISE",
            Op::Reraise => "RERAISE",
            Op::SetupExcept(_) => "SETUP_EXCEPT",
            Op::PopBlock => "POP_BLOCK",
            Op::EnterHandler => "ENTER_HANDLER",
            Op::PopExcept => "POP_EXCEPT",
            Op::ExcMatch => "EXC_MATCH",
            Op::WithEnter => "WITH_ENTER",
            Op::WithExit => "WITH_EXIT",
            Op::WithExitExc => "WITH_EXIT_EXC",
            Op::ImportName(_, _) => "IMPORT_NAME",
            Op::ImportFrom(_) => "IMPORT_FROM",
            Op::LoadPrinted => "LOAD_PRINTED",
            Op::AssertFail => "ASSERT_FAIL",
        }
    }

    /// The jump target, for instructions that have one.
    pub fn jump_target(&self) -> Option<u32> {
        match self {
            Op::Jump(t)
            | Op::PopJumpIfFalse(t)
            | Op::PopJumpIfTrue(t)
            | Op::JumpIfFalseOrPop(t)
            | Op::JumpIfTrueOrPop(t)
            | Op::ForIter(t)
            | Op::SetupExcept(t) => Some(*t),
            _ => None,
        }
    }
}

/// A constant of the constant table.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    Int(i64),
    /// A big integer, in decimal.
    BigInt(String),
    Float(f64),
    Str(Rc<str>),
    /// A tuple of names (keyword-argument names of a call).
    Names(Vec<Rc<str>>),
    /// A `bytes` literal.
    Bytes(Rc<[u8]>),
}

/// What kind of scope a code object runs as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CodeKind {
    Module = 0,
    Function = 1,
    Lambda = 2,
    Comprehension = 3,
    Generator = 4,
    ClassBody = 5,
}

/// A compiled function, comprehension, class body or the module body.
#[derive(Debug, PartialEq)]
pub struct Code {
    pub name: Rc<str>,
    pub kind: CodeKind,
    /// Positional parameters (incl. positional-only).
    pub argcount: u32,
    pub posonly: u32,
    pub kwonly: u32,
    pub has_varargs: bool,
    pub has_varkw: bool,
    /// Contains `yield`: calling makes a generator.
    pub is_generator: bool,
    /// Local slot names: parameters first (positional, kw-only, *args,
    /// **kwargs), then other locals, then free variables.
    pub varnames: Vec<Rc<str>>,
    /// Slots (< varnames.len()) that hold cells: captured by inner scopes.
    pub cellslots: Vec<u32>,
    /// The free variables (names); their slots are the last of `varnames`.
    pub nfree: u32,
    pub names: Vec<Rc<str>>,
    pub consts: Vec<Const>,
    /// Nested code objects (functions, lambdas, comprehensions, classes).
    pub codes: Vec<Rc<Code>>,
    pub ops: Vec<Op>,
    /// Line of impl.py of each instruction.
    pub lines: Vec<u32>,
    pub first_line: u32,
    /// `consts` as run-time values, made on first use: a constant is one
    /// object however often it is loaded (as in CPython).
    pub const_cache: ConstCache,
    /// `names` as `str` values, made on first use (method names that
    /// `LOAD_METHOD` hands to `CALL_METHOD`).
    pub name_cache: ConstCache,
    /// `ops` in the interpreter's execution form, made on first run.
    pub(crate) quick: RunCache<Box<[crate::quick::Inst]>>,
}

/// What a code object makes of its compiled form the first time it runs
/// (not part of the compiled form: equal and printed as nothing).
#[derive(Default)]
pub struct RunCache<T>(pub(crate) std::cell::OnceCell<T>);

impl<T> std::fmt::Debug for RunCache<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RunCache")
    }
}

impl<T> PartialEq for RunCache<T> {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// The run-time values of a code object's constants.
pub type ConstCache = RunCache<Box<[crate::Value]>>;

impl Code {
    /// The names as `str` values.
    pub fn name_values(&self) -> &[crate::Value] {
        self.name_cache
            .0
            .get_or_init(|| self.names.iter().map(|n| crate::Value::str(&**n)).collect())
    }

    /// The constants as values. A constant that cannot be made (a corrupt
    /// big-int literal) is left as `Undefined`, and the instruction that
    /// loads it takes the general path, which reports it.
    pub fn const_values(&self) -> &[crate::Value] {
        self.const_cache.0.get_or_init(|| {
            self.consts
                .iter()
                .map(|c| match c {
                    Const::Int(v) => crate::Value::Int(*v),
                    Const::Float(f) => crate::Value::float(*f),
                    Const::Str(s) => crate::Value::str(&**s),
                    Const::BigInt(s) => match s.parse::<num_bigint::BigInt>() {
                        Ok(b) => crate::Value::from_bigint(b),
                        Err(_) => crate::Value::Undefined,
                    },
                    Const::Names(n) => {
                        crate::Value::tuple(n.iter().map(|s| crate::Value::str(&**s)).collect())
                    }
                    Const::Bytes(b) => crate::Value::bytes(&**b),
                })
                .collect()
        })
    }

    pub(crate) fn insts(&self) -> &[crate::quick::Inst] {
        self.quick
            .0
            .get_or_init(|| crate::quick::quicken(&self.ops, &self.names))
    }

    pub fn line_at(&self, pc: usize) -> u32 {
        self.lines.get(pc).copied().unwrap_or(self.first_line)
    }
}

/// A compiled impl.py: the module body (which owns every function) and
/// the module's global names.
#[derive(Debug, PartialEq)]
pub struct Program {
    pub module: Rc<Code>,
    /// Global slot names; `LOAD_GLOBAL i` reads `globals[i]`.
    pub globals: Vec<Rc<str>>,
    /// SHA-256 of the source text.
    pub source_hash: [u8; 32],
}
